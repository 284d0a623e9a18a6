using KubeSharp.Api;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Scheduler.Tests;

/// <summary>Fluent node construction (upstream's st.MakeNode()).</summary>
public sealed class NodeBuilder
{
    private readonly Node _node = new()
    {
        ApiVersion = "v1",
        Kind = "Node",
        Metadata = new ObjectMeta(),
        Spec = new NodeSpec(),
        Status = new NodeStatus { Allocatable = new Dictionary<string, Quantity> { ["pods"] = Quantity.Parse("110") } },
    };

    public static NodeBuilder Make(string name) => new NodeBuilder().Name(name);

    public NodeBuilder Name(string name)
    {
        _node.Metadata.Name = name;
        _node.Metadata.Uid = "node-" + name;
        return Label("kubernetes.io/hostname", name);
    }

    public NodeBuilder Label(string key, string value)
    {
        (_node.Metadata.Labels ??= [])[key] = value;
        return this;
    }

    public NodeBuilder Capacity(params (string Name, string Quantity)[] resources)
    {
        foreach (var (name, quantity) in resources)
        {
            _node.Status.Allocatable![name] = Quantity.Parse(quantity);
        }

        return this;
    }

    public NodeBuilder Taint(string key, string? value, string effect)
    {
        (_node.Spec.Taints ??= []).Add(new Api.Core.V1.Taint { Key = key, Value = value, Effect = effect });
        return this;
    }

    public NodeBuilder Unschedulable()
    {
        _node.Spec.Unschedulable = true;
        return this;
    }

    public NodeBuilder Images(params (string Name, long Size)[] images)
    {
        _node.Status.Images = [.. images.Select(i => new ContainerImage { Names = [i.Name], SizeBytes = i.Size })];
        return this;
    }

    public Node Obj() => _node;
}
