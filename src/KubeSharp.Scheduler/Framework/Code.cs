namespace KubeSharp.Scheduler.Framework;

/// <summary>The outcome of a plugin call (upstream's framework.Code, same order and meaning).</summary>
public enum Code
{
    /// <summary>The plugin ran correctly and found the pod schedulable.</summary>
    Success,

    /// <summary>An internal error: the pod is retried after back-off, not marked unschedulable for a reason.</summary>
    Error,

    /// <summary>The pod does not fit now; preemption may help.</summary>
    Unschedulable,

    /// <summary>The pod does not fit and preemption cannot change that on this node.</summary>
    UnschedulableAndUnresolvable,

    /// <summary>A Permit plugin asks the pod to wait.</summary>
    Wait,

    /// <summary>The plugin has nothing to do for this pod (PreFilter/PreScore): its Filter/Score are skipped.</summary>
    Skip,

    /// <summary>The pod waits for something outside the scheduler; it is not retried on back-off.</summary>
    Pending,
}
