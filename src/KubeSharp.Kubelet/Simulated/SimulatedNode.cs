using KubeSharp.Api.Coordination.V1;

namespace KubeSharp.Kubelet.Simulated;

/// <summary>One simulated node: its identity, its runtime, and what it last wrote (as a kubelet remembers its lease).</summary>
public sealed class SimulatedNode
{
    internal SimulatedNode(int index, string name, Ipv4Cidr podCidr, string internalIP, SimulatedRuntime runtime)
    {
        Index = index;
        Name = name;
        PodCidr = podCidr;
        InternalIP = internalIP;
        Runtime = runtime;
    }

    public int Index { get; }

    public string Name { get; }

    public Ipv4Cidr PodCidr { get; }

    public string InternalIP { get; }

    public SimulatedRuntime Runtime { get; }

    /// <summary>The node's UID once registered (the lease's owner reference names it).</summary>
    public string? Uid { get; internal set; }

    /// <summary>The lease as last written; renewals start from it, as upstream's lease controller keeps latestLease.</summary>
    internal Lease? Lease { get; set; }

    /// <summary>When node status was last written.</summary>
    internal DateTimeOffset LastStatusReport { get; set; } = DateTimeOffset.MinValue;
}
