namespace KubeSharp.Kubelet;

/// <summary>
/// How the real kubelet runs, validated once at start-up. The defaults are upstream's KubeletConfiguration
/// defaults (pkg/kubelet/apis/config/v1beta1/defaults.go) and k3s's where upstream has none.
/// </summary>
public sealed record KubeletOptions
{
    /// <summary>The Node's name. Default the host name, lower-cased (upstream's --hostname-override default).</summary>
    public string NodeName { get; init; } = Environment.MachineName.ToLowerInvariant();

    /// <summary>The node's InternalIP; null picks the first global IPv4 address of the host (upstream's --node-ip default).</summary>
    public string? NodeIP { get; init; }

    /// <summary>The node's pod CIDR, written to spec.podCIDR at registration. Default 10.42.0.0/24 (k3s's first node block).</summary>
    public string PodCidr { get; init; } = "10.42.0.0/24";

    /// <summary>The kubelet's root directory: pods' volumes and plugin state. Default /var/lib/kubesharp/agent/kubelet.</summary>
    public string RootDirectory { get; init; } = "/var/lib/kubesharp/agent/kubelet";

    /// <summary>Where container logs go: <c>{namespace}_{name}_{uid}/{container}/{attempt}.log</c>. Default /var/log/pods.</summary>
    public string PodLogsDirectory { get; init; } = "/var/log/pods";

    /// <summary>The cgroup every pod cgroup lives under (upstream's cgroupRoot + "kubepods"). Default /kubepods.</summary>
    public string CgroupRoot { get; init; } = "/kubepods";

    /// <summary>upstream's maxPods. Default 110.</summary>
    public int MaxPods { get; init; } = 110;

    /// <summary>The cluster DNS server pods get in resolv.conf (upstream's clusterDNS; k3s's 10.43.0.10).</summary>
    public IReadOnlyList<string> ClusterDns { get; init; } = ["10.43.0.10"];

    /// <summary>upstream's clusterDomain. Default cluster.local.</summary>
    public string ClusterDomain { get; init; } = "cluster.local";

    /// <summary>The hard eviction threshold on memory.available, subtracted from allocatable. Default 100Mi, upstream's.</summary>
    public string EvictionHardMemoryAvailable { get; init; } = "100Mi";

    /// <summary>The hard eviction threshold on nodefs.available as a percentage of capacity. Default 10, upstream's.</summary>
    public int EvictionHardNodefsAvailablePercent { get; init; } = 10;

    /// <summary>The node lease's duration. Default 40 s (upstream's nodeLeaseDurationSeconds).</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(40);

    /// <summary>How often the lease is renewed: a quarter of its duration, as upstream. Default 10 s.</summary>
    public TimeSpan LeaseRenewInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often node status is computed (nodeStatusUpdateFrequency). Default 10 s.</summary>
    public TimeSpan NodeStatusUpdateFrequency { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often node status is written when nothing changed (nodeStatusReportFrequency). Default 5 minutes.</summary>
    public TimeSpan NodeStatusReportFrequency { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often every pod is resynced even without an event (upstream's syncFrequency). Default 1 minute.</summary>
    public TimeSpan SyncFrequency { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the runtime is polled for container state changes (upstream's PLEG relist period). Default 1 s.</summary>
    public TimeSpan RelistPeriod { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many pods sync at once. Each pod is synced by one worker at a time, as upstream's podWorkers.</summary>
    public int PodWorkers { get; init; } = 8;

    /// <summary>Rejects options that cannot work, with a message naming the setting.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(NodeName))
        {
            throw new ArgumentException("--node-name must not be empty");
        }

        if (NodeIP is not null && !System.Net.IPAddress.TryParse(NodeIP, out _))
        {
            throw new ArgumentException($"--node-ip {NodeIP} is not an IP address");
        }

        if (MaxPods < 1)
        {
            throw new ArgumentException($"max pods {MaxPods} must be positive");
        }

        if (LeaseRenewInterval <= TimeSpan.Zero || LeaseRenewInterval >= LeaseDuration)
        {
            throw new ArgumentException("the lease renew interval must be positive and shorter than the lease duration");
        }

        if (NodeStatusUpdateFrequency <= TimeSpan.Zero || NodeStatusReportFrequency < NodeStatusUpdateFrequency)
        {
            throw new ArgumentException("the node status report frequency must be at least the (positive) update frequency");
        }

        if (PodWorkers < 1 || RelistPeriod <= TimeSpan.Zero)
        {
            throw new ArgumentException("the kubelet needs at least one pod worker and a positive relist period");
        }
    }
}
