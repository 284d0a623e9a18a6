using KubeSharp.Api;

namespace KubeSharp.Kubelet.Kuberuntime;

/// <summary>What container configs need to know about the node: its IP, allocatable (the downward API's default limits) and memory.</summary>
public sealed record NodeContext
{
    public string HostIP { get; init; } = "";

    public IReadOnlyDictionary<string, Quantity> Allocatable { get; init; } = new Dictionary<string, Quantity>();

    public long MemoryCapacityBytes { get; init; }
}
