namespace KubeSharp.Runtime;

/// <summary>CRI <c>LinuxContainerResources</c>: cgroup settings. Zero means "not specified" throughout, as in CRI.</summary>
public sealed record LinuxContainerResources
{
    /// <summary>CFS period in microseconds (the kubelet uses 100000).</summary>
    public long CpuPeriod { get; init; }

    /// <summary>CFS quota in microseconds per period; -1 means unlimited.</summary>
    public long CpuQuota { get; init; }

    public long CpuShares { get; init; }

    public long MemoryLimitInBytes { get; init; }

    public long OomScoreAdj { get; init; }

    public string CpusetCpus { get; init; } = "";

    public string CpusetMems { get; init; } = "";

    public IReadOnlyList<HugepageLimit> HugepageLimits { get; init; } = [];

    /// <summary>cgroup v2 files and values (<c>memory.max</c>); applied only on cgroup v2 hosts.</summary>
    public IReadOnlyDictionary<string, string> Unified { get; init; } = new Dictionary<string, string>();

    public long MemorySwapLimitInBytes { get; init; }
}
