using KubeSharp.Api.Core.V1;

namespace KubeSharp.Controllers;

/// <summary>Pod predicates controllers share (upstream's <c>pkg/api/v1/pod</c> and <c>controller_utils.go</c>).</summary>
public static class PodUtil
{
    /// <summary>Not finished and not being deleted: the pods a ReplicaSet counts (upstream's IsPodActive).</summary>
    public static bool IsPodActive(Pod pod) =>
        pod.Status.Phase != PodPhase.Succeeded && pod.Status.Phase != PodPhase.Failed && pod.Metadata.DeletionTimestamp is null;

    /// <summary>Succeeded or failed (upstream's IsPodTerminal).</summary>
    public static bool IsPodTerminal(Pod pod) => pod.Status.Phase is PodPhase.Succeeded or PodPhase.Failed;

    public static PodCondition? GetPodCondition(PodStatus? status, string conditionType)
    {
        if (status?.Conditions is not { } conditions)
        {
            return null;
        }

        foreach (var condition in conditions)
        {
            if (condition.Type == conditionType)
            {
                return condition;
            }
        }

        return null;
    }

    public static PodCondition? GetPodReadyCondition(PodStatus? status) => GetPodCondition(status, PodConditionType.Ready);

    /// <summary>The Ready condition is True.</summary>
    public static bool IsPodReady(Pod pod) => GetPodReadyCondition(pod.Status)?.Status == ConditionStatus.True;

    /// <summary>
    /// Ready for at least <paramref name="minReadySeconds"/> (upstream's IsPodAvailable: ready, and either no
    /// minimum or the Ready condition's transition plus the minimum lies strictly before now).
    /// </summary>
    public static bool IsPodAvailable(Pod pod, int minReadySeconds, DateTimeOffset now)
    {
        if (!IsPodReady(pod))
        {
            return false;
        }

        var condition = GetPodReadyCondition(pod.Status)!;
        return minReadySeconds == 0
            || (condition.LastTransitionTime is { } since && since.AddSeconds(minReadySeconds) < now);
    }

    /// <summary>When the pod last became ready, or null when it is not ready.</summary>
    public static DateTimeOffset? PodReadyTime(Pod pod) =>
        IsPodReady(pod) ? GetPodReadyCondition(pod.Status)!.LastTransitionTime : null;
}
