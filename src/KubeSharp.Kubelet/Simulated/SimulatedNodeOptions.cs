using KubeSharp.Api;

namespace KubeSharp.Kubelet.Simulated;

/// <summary>
/// What the simulated (kwok-style) nodes look like and how often they report, validated once at start-up. The
/// timings default to upstream's kubelet: the node lease lasts 40 s and is renewed every 10 s (a quarter of its
/// duration, pkg/kubelet/nodelease), node status is computed every 10 s (nodeStatusUpdateFrequency) and written
/// when it changed or every 5 minutes (nodeStatusReportFrequency).
/// </summary>
public sealed record SimulatedNodeOptions
{
    /// <summary>The default capacity of every node: 32 CPUs, 256 GiB, 110 pods (upstream's default maxPods).</summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultCapacity = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["cpu"] = "32",
        ["memory"] = "256Gi",
        ["pods"] = "110",
        ["ephemeral-storage"] = "1Ti",
    };

    /// <summary>How many nodes. Default 0.</summary>
    public int Count { get; init; }

    /// <summary>Node <c>i</c> is named <c>{NamePrefix}{i}</c>. Default <c>sim-node-</c>.</summary>
    public string NamePrefix { get; init; } = "sim-node-";

    /// <summary>Capacity (and allocatable) of every node, as quantities by resource name. Default <see cref="DefaultCapacity"/>.</summary>
    public IReadOnlyDictionary<string, string> Capacity { get; init; } = DefaultCapacity;

    /// <summary>Extra labels on every node (besides hostname, os, arch and <c>type=kwok</c>).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>When not empty, node <c>i</c> gets <c>topology.kubernetes.io/zone</c> = <c>Zones[i % Zones.Count]</c>.</summary>
    public IReadOnlyList<string> Zones { get; init; } = [];

    /// <summary>The range the nodes' pod CIDRs are carved from, one <see cref="PodCidrPrefixLength"/> block per node. Default 10.128.0.0/9.</summary>
    public string PodCidrRange { get; init; } = "10.128.0.0/9";

    /// <summary>The prefix length of each node's pod CIDR. Default 24 (254 pod addresses, more than 110 pods).</summary>
    public int PodCidrPrefixLength { get; init; } = 24;

    /// <summary>The range node <c>i</c>'s InternalIP is taken from (its <c>i+1</c>-th address). Default 10.127.0.0/16.</summary>
    public string NodeIPRange { get; init; } = "10.127.0.0/16";

    /// <summary>The node lease's duration. Default 40 s, upstream's nodeLeaseDurationSeconds.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(40);

    /// <summary>How often each node renews its lease. Default 10 s, upstream's renew interval (a quarter of the duration).</summary>
    public TimeSpan LeaseRenewInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often each node's status is computed and compared with the last one written. Default 10 s.</summary>
    public TimeSpan NodeStatusUpdateFrequency { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often node status is written when nothing changed. Default 5 minutes.</summary>
    public TimeSpan NodeStatusReportFrequency { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How many writes (lease renewals, status reports, registrations) are in flight at once across all nodes.
    /// Default 16: enough to keep up with 5,000 nodes without flooding the API server.
    /// </summary>
    public int MaxConcurrentWrites { get; init; } = 16;

    /// <summary>How many pods are synced at once. Default 8.</summary>
    public int PodWorkers { get; init; } = 8;

    /// <summary>Rejects options that cannot work, with a message naming the setting.</summary>
    public void Validate()
    {
        if (Count < 0)
        {
            throw new ArgumentException($"--simulated-nodes {Count} must not be negative");
        }

        if (string.IsNullOrEmpty(NamePrefix))
        {
            throw new ArgumentException("the simulated node name prefix must not be empty");
        }

        foreach (var (name, value) in Capacity)
        {
            if (!Quantity.TryParse(value, out _, out var error))
            {
                throw new ArgumentException($"simulated node capacity {name}={value}: {error}");
            }
        }

        var pods = Ipv4Cidr.Parse(PodCidrRange);
        if (PodCidrPrefixLength < pods.PrefixLength || PodCidrPrefixLength > 30)
        {
            throw new ArgumentException($"a pod CIDR prefix length of {PodCidrPrefixLength} does not fit in {PodCidrRange}");
        }

        if (Count > pods.SubnetCount(PodCidrPrefixLength))
        {
            throw new ArgumentException($"{PodCidrRange} holds {pods.SubnetCount(PodCidrPrefixLength)} /{PodCidrPrefixLength} pod CIDRs, fewer than {Count} nodes");
        }

        if (Count > Ipv4Cidr.Parse(NodeIPRange).Size - 2)
        {
            throw new ArgumentException($"{NodeIPRange} has fewer addresses than {Count} nodes");
        }

        if (LeaseRenewInterval <= TimeSpan.Zero || LeaseRenewInterval >= LeaseDuration)
        {
            throw new ArgumentException("the lease renew interval must be positive and shorter than the lease duration");
        }

        if (NodeStatusUpdateFrequency <= TimeSpan.Zero || NodeStatusReportFrequency < NodeStatusUpdateFrequency)
        {
            throw new ArgumentException("the node status report frequency must be at least the (positive) update frequency");
        }

        if (MaxConcurrentWrites < 1 || PodWorkers < 1)
        {
            throw new ArgumentException("simulated nodes need at least one concurrent write and one pod worker");
        }
    }
}
