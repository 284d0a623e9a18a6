using KubeSharp.Scheduler.Queue;

namespace KubeSharp.Scheduler;

/// <summary>kube-scheduler's configuration that KubeSharp supports, with upstream's defaults.</summary>
public sealed record SchedulerOptions
{
    /// <summary>The default profile's name; pods without spec.schedulerName get it from API defaulting.</summary>
    public const string DefaultSchedulerName = "default-scheduler";

    /// <summary>
    /// Upstream's percentageOfNodesToScore: 0 means adaptive (50% minus 1% per 125 nodes, at least 5%, and
    /// never fewer than 100 nodes).
    /// </summary>
    public int PercentageOfNodesToScore { get; init; }

    /// <summary>Upstream's parallelism: workers that filter and score nodes (default 16; capped by cores here).</summary>
    public int Parallelism { get; init; } = Math.Min(16, Environment.ProcessorCount);

    public SchedulingQueueOptions Queue { get; init; } = new();
}
