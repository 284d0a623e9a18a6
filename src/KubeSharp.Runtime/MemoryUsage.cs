namespace KubeSharp.Runtime;

/// <summary>CRI <c>MemoryUsage</c>.</summary>
public sealed record MemoryUsage
{
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>Usage minus inactive file pages, as cAdvisor and the kubelet's eviction manager define it.</summary>
    public ulong? WorkingSetBytes { get; init; }

    /// <summary>Limit minus working set, when there is a limit.</summary>
    public ulong? AvailableBytes { get; init; }

    public ulong? UsageBytes { get; init; }

    public ulong? RssBytes { get; init; }

    public ulong? PageFaults { get; init; }

    public ulong? MajorPageFaults { get; init; }
}
