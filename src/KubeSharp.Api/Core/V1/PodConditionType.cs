namespace KubeSharp.Api.Core.V1;

/// <summary>The built-in pod condition types.</summary>
public static class PodConditionType
{
    public const string ContainersReady = "ContainersReady";
    public const string Initialized = "Initialized";
    public const string Ready = "Ready";
    public const string PodScheduled = "PodScheduled";

    /// <summary>The pod is about to be terminated by a disruption (preemption, eviction, garbage collection).</summary>
    public const string DisruptionTarget = "DisruptionTarget";

    /// <summary>The sandbox is configured and containers can start.</summary>
    public const string PodReadyToStartContainers = "PodReadyToStartContainers";

    /// <summary>A resize was requested but cannot be granted yet (reason Deferred or Infeasible).</summary>
    public const string PodResizePending = "PodResizePending";

    /// <summary>A granted resize is being applied.</summary>
    public const string PodResizeInProgress = "PodResizeInProgress";
}
