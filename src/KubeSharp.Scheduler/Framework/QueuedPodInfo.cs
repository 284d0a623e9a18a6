namespace KubeSharp.Scheduler.Framework;

/// <summary>A pod in the scheduling queue with its queueing history (upstream's framework.QueuedPodInfo).</summary>
public sealed class QueuedPodInfo
{
    public QueuedPodInfo(PodInfo podInfo, DateTimeOffset now)
    {
        PodInfo = podInfo;
        Timestamp = now;
        InitialAttemptTimestamp = null;
    }

    public PodInfo PodInfo { get; set; }

    public Api.Core.V1.Pod Pod => PodInfo.Pod;

    /// <summary>When the pod was last added to a queue; the queue sort's tie-breaker.</summary>
    public DateTimeOffset Timestamp { get; set; }

    /// <summary>Scheduling attempts so far (the back-off exponent).</summary>
    public int Attempts { get; set; }

    /// <summary>Attempts that ended unschedulable, which drive the back-off.</summary>
    public int UnschedulableCount { get; set; }

    /// <summary>Attempts in a row that ended in an internal error.</summary>
    public int ConsecutiveErrorsCount { get; set; }

    public DateTimeOffset? InitialAttemptTimestamp { get; set; }

    /// <summary>Plugins that rejected the pod in its last attempt; only events they care about requeue it.</summary>
    public HashSet<string> UnschedulablePlugins { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Plugins that returned Pending in the last attempt.</summary>
    public HashSet<string> PendingPlugins { get; set; } = new(StringComparer.Ordinal);

    /// <summary>True while a PreEnqueue plugin (scheduling gates) holds the pod back.</summary>
    public bool Gated { get; set; }

    /// <summary>The PreEnqueue plugin that gated the pod.</summary>
    public string? GatingPlugin { get; set; }
}
