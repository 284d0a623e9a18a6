namespace KubeSharp.Api.Core.V1;

/// <summary>Reasons of pod conditions set by the scheduler and kubelet.</summary>
public static class PodReason
{
    /// <summary>PodScheduled=False: no node fits right now.</summary>
    public const string Unschedulable = "Unschedulable";

    /// <summary>PodScheduled=False: scheduling gates are still present.</summary>
    public const string SchedulingGated = "SchedulingGated";

    /// <summary>PodScheduled=False: an internal error of the scheduler.</summary>
    public const string SchedulerError = "SchedulerError";

    /// <summary>DisruptionTarget: the kubelet terminates the pod.</summary>
    public const string TerminationByKubelet = "TerminationByKubelet";

    /// <summary>DisruptionTarget: the scheduler preempts the pod.</summary>
    public const string PreemptionByScheduler = "PreemptionByScheduler";

    /// <summary>PodResizePending: the node cannot grant the resize now but will retry.</summary>
    public const string Deferred = "Deferred";

    /// <summary>PodResizePending: the resize can never be granted on this node.</summary>
    public const string Infeasible = "Infeasible";

    /// <summary>PodResizeInProgress: applying the resize failed.</summary>
    public const string Error = "Error";
}
