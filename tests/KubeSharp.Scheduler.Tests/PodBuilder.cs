using KubeSharp.Api;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Scheduler.Tests;

/// <summary>Fluent pod construction in the spirit of upstream's testing wrappers (st.MakePod()).</summary>
public sealed class PodBuilder
{
    private readonly Pod _pod = new()
    {
        ApiVersion = "v1",
        Kind = "Pod",
        Metadata = new ObjectMeta { Namespace = "default" },
        Spec = new PodSpec { Containers = [] },
    };

    public static PodBuilder Make(string name) => new PodBuilder().Name(name);

    public PodBuilder Name(string name)
    {
        _pod.Metadata.Name = name;
        _pod.Metadata.Uid ??= "uid-" + name;
        return this;
    }

    public PodBuilder Namespace(string ns)
    {
        _pod.Metadata.Namespace = ns;
        return this;
    }

    public PodBuilder Uid(string uid)
    {
        _pod.Metadata.Uid = uid;
        return this;
    }

    public PodBuilder Node(string node)
    {
        _pod.Spec.NodeName = node;
        return this;
    }

    public PodBuilder Label(string key, string value)
    {
        (_pod.Metadata.Labels ??= [])[key] = value;
        return this;
    }

    public PodBuilder Priority(int priority)
    {
        _pod.Spec.Priority = priority;
        return this;
    }

    public PodBuilder PreemptionPolicy(string policy)
    {
        _pod.Spec.PreemptionPolicy = policy;
        return this;
    }

    public PodBuilder NodeSelector(string key, string value)
    {
        (_pod.Spec.NodeSelector ??= [])[key] = value;
        return this;
    }

    public PodBuilder SchedulingGates(params string[] gates)
    {
        _pod.Spec.SchedulingGates = [.. gates.Select(g => new PodSchedulingGate { Name = g })];
        return this;
    }

    public PodBuilder Toleration(string key, string op, string? value, string effect)
    {
        (_pod.Spec.Tolerations ??= []).Add(new Toleration { Key = key, Operator = op, Value = value, Effect = effect });
        return this;
    }

    /// <summary>A container requesting the given resources ("cpu" → "500m", …).</summary>
    public PodBuilder Req(params (string Name, string Quantity)[] requests)
    {
        var container = new Container { Name = "c" + _pod.Spec.Containers.Count, Image = "pause" };
        if (requests.Length > 0)
        {
            container.Resources.Requests = requests.ToDictionary(r => r.Name, r => Quantity.Parse(r.Quantity));
        }

        _pod.Spec.Containers.Add(container);
        return this;
    }

    public PodBuilder InitReq(bool sidecar, params (string Name, string Quantity)[] requests)
    {
        var container = new Container { Name = "init" + (_pod.Spec.InitContainers?.Count ?? 0), Image = "pause" };
        container.Resources.Requests = requests.ToDictionary(r => r.Name, r => Quantity.Parse(r.Quantity));
        if (sidecar)
        {
            container.RestartPolicy = ContainerRestartPolicy.Always;
        }

        (_pod.Spec.InitContainers ??= []).Add(container);
        return this;
    }

    public PodBuilder Overhead(params (string Name, string Quantity)[] overhead)
    {
        _pod.Spec.Overhead = overhead.ToDictionary(r => r.Name, r => Quantity.Parse(r.Quantity));
        return this;
    }

    public PodBuilder Image(string image)
    {
        _pod.Spec.Containers.Add(new Container { Name = "c" + _pod.Spec.Containers.Count, Image = image });
        return this;
    }

    public PodBuilder HostPort(int port, string protocol = "TCP", string? hostIP = null)
    {
        _pod.Spec.Containers.Add(new Container
        {
            Name = "c" + _pod.Spec.Containers.Count,
            Image = "pause",
            Ports = [new ContainerPort { Port = port, HostPort = port, Protocol = protocol, HostIP = hostIP }],
        });
        return this;
    }

    public PodBuilder RequiredNodeAffinity(params NodeSelectorTerm[] terms)
    {
        Affinity().NodeAffinity ??= new Api.Core.V1.NodeAffinity();
        Affinity().NodeAffinity!.RequiredDuringSchedulingIgnoredDuringExecution = new NodeSelector { NodeSelectorTerms = [.. terms] };
        return this;
    }

    public PodBuilder PreferredNodeAffinity(int weight, NodeSelectorTerm term)
    {
        Affinity().NodeAffinity ??= new Api.Core.V1.NodeAffinity();
        (Affinity().NodeAffinity!.PreferredDuringSchedulingIgnoredDuringExecution ??= []).Add(new PreferredSchedulingTerm { Weight = weight, Preference = term });
        return this;
    }

    public PodBuilder PodAffinityIn(string key, string topologyKey, bool anti, params string[] values)
    {
        var term = new PodAffinityTerm
        {
            TopologyKey = topologyKey,
            LabelSelector = new LabelSelector { MatchExpressions = [new LabelSelectorRequirement { Key = key, Operator = "In", Values = [.. values] }] },
        };
        if (anti)
        {
            Affinity().PodAntiAffinity ??= new PodAntiAffinity();
            (Affinity().PodAntiAffinity!.RequiredDuringSchedulingIgnoredDuringExecution ??= []).Add(term);
        }
        else
        {
            Affinity().PodAffinity ??= new PodAffinity();
            (Affinity().PodAffinity!.RequiredDuringSchedulingIgnoredDuringExecution ??= []).Add(term);
        }

        return this;
    }

    public PodBuilder PreferredPodAffinityIn(int weight, string key, string topologyKey, bool anti, params string[] values)
    {
        var term = new WeightedPodAffinityTerm
        {
            Weight = weight,
            PodAffinityTerm = new PodAffinityTerm
            {
                TopologyKey = topologyKey,
                LabelSelector = new LabelSelector { MatchExpressions = [new LabelSelectorRequirement { Key = key, Operator = "In", Values = [.. values] }] },
            },
        };
        if (anti)
        {
            Affinity().PodAntiAffinity ??= new PodAntiAffinity();
            (Affinity().PodAntiAffinity!.PreferredDuringSchedulingIgnoredDuringExecution ??= []).Add(term);
        }
        else
        {
            Affinity().PodAffinity ??= new PodAffinity();
            (Affinity().PodAffinity!.PreferredDuringSchedulingIgnoredDuringExecution ??= []).Add(term);
        }

        return this;
    }

    public PodBuilder SpreadConstraint(int maxSkew, string topologyKey, string whenUnsatisfiable, string labelKey, int? minDomains = null, params string[] values)
    {
        (_pod.Spec.TopologySpreadConstraints ??= []).Add(new TopologySpreadConstraint
        {
            MaxSkew = maxSkew,
            TopologyKey = topologyKey,
            WhenUnsatisfiable = whenUnsatisfiable,
            MinDomains = minDomains,
            LabelSelector = new LabelSelector
            {
                MatchExpressions = [new LabelSelectorRequirement { Key = labelKey, Operator = values.Length == 0 ? "Exists" : "In", Values = values.Length == 0 ? null : [.. values] }],
            },
        });
        return this;
    }

    public PodBuilder Terminating()
    {
        _pod.Metadata.DeletionTimestamp = DateTimeOffset.UnixEpoch;
        return this;
    }

    public PodBuilder StartTime(DateTimeOffset time)
    {
        _pod.Status.StartTime = time;
        return this;
    }

    public PodBuilder NominatedNode(string node)
    {
        _pod.Status.NominatedNodeName = node;
        return this;
    }

    public Pod Obj() => _pod;

    private Affinity Affinity() => _pod.Spec.Affinity ??= new Affinity();
}
