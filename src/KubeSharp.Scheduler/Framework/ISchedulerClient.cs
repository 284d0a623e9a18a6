using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>
/// The API writes the scheduler makes (upstream calls the clientset directly): bind, patch the pod's
/// PodScheduled condition and nominated node, delete preemption victims, and record events.
/// </summary>
public interface ISchedulerClient
{
    /// <summary>POST pods/{name}/binding.</summary>
    Task BindAsync(Pod pod, string nodeName, CancellationToken cancellationToken);

    /// <summary>Patches status.conditions (PodScheduled) and status.nominatedNodeName; either may be null to leave it.</summary>
    Task UpdatePodStatusAsync(Pod pod, PodCondition? condition, NominatingInfo? nominatingInfo, CancellationToken cancellationToken);

    /// <summary>Deletes a preemption victim with its own grace period.</summary>
    Task DeletePodAsync(Pod pod, CancellationToken cancellationToken);

    /// <summary>Records an event about the pod (type Normal or Warning; action as events.k8s.io/v1).</summary>
    void Event(Pod pod, string type, string reason, string action, string message);
}
