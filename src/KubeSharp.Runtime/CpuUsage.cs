namespace KubeSharp.Runtime;

/// <summary>CRI <c>CpuUsage</c>.</summary>
public sealed record CpuUsage
{
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>Cumulative CPU time over all cores since the container started (cpuacct.usage).</summary>
    public ulong? UsageCoreNanoSeconds { get; init; }

    /// <summary>Average core-nanoseconds per second since the previous sample; null on the first sample.</summary>
    public ulong? UsageNanoCores { get; init; }
}
