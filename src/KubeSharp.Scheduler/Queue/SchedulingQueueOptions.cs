namespace KubeSharp.Scheduler.Queue;

/// <summary>The queue's timings, with upstream's defaults.</summary>
public sealed record SchedulingQueueOptions
{
    /// <summary>Back-off after the first failed attempt (upstream: 1 s); doubles per attempt.</summary>
    public TimeSpan PodInitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The back-off cap (upstream: 10 s).</summary>
    public TimeSpan PodMaxBackoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a pod may stay unschedulable before it is retried anyway (upstream: 5 min).</summary>
    public TimeSpan PodMaxInUnschedulablePodsDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often completed back-offs are flushed to the active queue (upstream: 1 s).</summary>
    public TimeSpan BackoffFlushInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the unschedulable pods are checked against the maximum duration (upstream: 30 s).</summary>
    public TimeSpan UnschedulableFlushInterval { get; init; } = TimeSpan.FromSeconds(30);
}
