using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Framework;
using KubeSharp.Scheduler.Framework.Runtime;

namespace KubeSharp.Scheduler;

/// <summary>What users see when a pod does not schedule (upstream's handleSchedulingFailure and updatePod).</summary>
public sealed partial class Scheduler
{
    /// <summary>Upstream's v1.PodReasonUnschedulable.</summary>
    public const string ReasonUnschedulable = "Unschedulable";

    /// <summary>Upstream's SchedulerError reason.</summary>
    public const string ReasonSchedulerError = "SchedulerError";

    /// <summary>Optional check that the pod still exists unassigned (the informer's lister); null means yes.</summary>
    public Func<Pod, Pod?>? PodLister { get; set; }

    private void HandleSchedulingFailure(SchedulingFramework? fwk, QueuedPodInfo pInfo, Status status, FitError? fitError, NominatingInfo? nominatingInfo, long cycle)
    {
        var pod = pInfo.Pod;
        var rejected = status.IsRejected();
        var reason = rejected ? ReasonUnschedulable : ReasonSchedulerError;
        var message = fitError?.Message ?? status.Message;
        if (rejected)
        {
            pInfo.UnschedulableCount++;
            pInfo.ConsecutiveErrorsCount = 0;
            pInfo.UnschedulablePlugins = fitError is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(fitError.Diagnosis.UnschedulablePlugins, StringComparer.Ordinal);
            pInfo.PendingPlugins = fitError is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(fitError.Diagnosis.PendingPlugins, StringComparer.Ordinal);
            if (fitError is null && status.Plugin.Length > 0)
            {
                pInfo.UnschedulablePlugins.Add(status.Plugin);
            }

            LogUnschedulable(pod.Metadata.Namespace, pod.Metadata.Name, message);
        }
        else
        {
            pInfo.ConsecutiveErrorsCount++;
            pInfo.UnschedulablePlugins = new HashSet<string>(StringComparer.Ordinal);
            pInfo.PendingPlugins = new HashSet<string>(StringComparer.Ordinal);
            LogSchedulingError(pod.Metadata.Namespace, pod.Metadata.Name, message);
        }

        // As upstream: a pod deleted or bound meanwhile is not requeued.
        var current = PodLister is null ? pod : PodLister(pod);
        if (current is not null && string.IsNullOrEmpty(current.Spec.NodeName))
        {
            if (!ReferenceEquals(current, pod))
            {
                pInfo.PodInfo.Update(current);
            }

            Queue.AddUnschedulableIfNotPresent(pInfo, cycle);
        }
        else
        {
            Queue.Done(pod);
        }

        if (nominatingInfo is { Mode: NominatingMode.Override })
        {
            Queue.Nominator.AddNominatedPod(pInfo.PodInfo, nominatingInfo);
        }

        if (current is null)
        {
            return;
        }

        Client.Event(pod, "Warning", "FailedScheduling", "Scheduling", message);
        var condition = new PodCondition
        {
            Type = "PodScheduled",
            Status = "False",
            Reason = reason,
            Message = message,
            LastTransitionTime = _time.GetUtcNow(),
        };
        UpdatePodStatus(pod, condition, nominatingInfo);
    }

    /// <summary>Upstream's updatePod: patch only when the condition or the nominated node actually changes.</summary>
    private void UpdatePodStatus(Pod pod, PodCondition condition, NominatingInfo? nominatingInfo)
    {
        var existing = pod.Status.Conditions?.Find(c => c.Type == condition.Type);
        var conditionChanged = existing is null || existing.Status != condition.Status || existing.Reason != condition.Reason || existing.Message != condition.Message;
        var nominatedChanged = nominatingInfo is { Mode: NominatingMode.Override } && (pod.Status.NominatedNodeName ?? "") != nominatingInfo.NominatedNodeName;
        if (!conditionChanged && !nominatedChanged)
        {
            return;
        }

        if (existing is not null && existing.Status == condition.Status)
        {
            condition.LastTransitionTime = existing.LastTransitionTime;
        }

        _ = UpdatePodStatusAsync(pod, conditionChanged ? condition : null, nominatedChanged ? nominatingInfo : null);
    }

    private async Task UpdatePodStatusAsync(Pod pod, PodCondition? condition, NominatingInfo? nominatingInfo)
    {
        try
        {
            await Client.UpdatePodStatusAsync(pod, condition, nominatingInfo, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            LogStatusUpdateFailed(e, pod.Metadata.Namespace, pod.Metadata.Name);
        }
    }
}
