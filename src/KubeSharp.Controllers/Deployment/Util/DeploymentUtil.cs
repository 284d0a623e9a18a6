using KubeSharp.Api;
using KubeSharp.Api.Apps.V1;
using V1Deployment = KubeSharp.Api.Apps.V1.Deployment;
using V1ReplicaSet = KubeSharp.Api.Apps.V1.ReplicaSet;

namespace KubeSharp.Controllers.Deployment.Util;

/// <summary>
/// Upstream's <c>pkg/controller/deployment/util</c>: annotation names, condition reasons, and the arithmetic of
/// rollouts (surge and unavailability fenceposts, proportions, completeness, progress and timeouts).
/// </summary>
public static partial class DeploymentUtil
{
    /// <summary>The revision of a ReplicaSet (and the Deployment's latest), as kubectl rollout history lists it.</summary>
    public const string RevisionAnnotation = "deployment.kubernetes.io/revision";

    /// <summary>Earlier revisions a ReplicaSet had before a rollback reused it.</summary>
    public const string RevisionHistoryAnnotation = "deployment.kubernetes.io/revision-history";

    /// <summary>The Deployment's replicas when the ReplicaSet was last scaled (detects scaling events).</summary>
    public const string DesiredReplicasAnnotation = "deployment.kubernetes.io/desired-replicas";

    /// <summary>The Deployment's replicas plus maxSurge when the ReplicaSet was last scaled (proportional scaling).</summary>
    public const string MaxReplicasAnnotation = "deployment.kubernetes.io/max-replicas";

    public const string LastAppliedConfigAnnotation = "kubectl.kubernetes.io/last-applied-configuration";

    public const string DeprecatedRollbackTo = "deprecated.deployment.rollback.to";

    // Reasons of the Progressing, Available and ReplicaFailure conditions, as upstream.
    public const string ReplicaSetUpdatedReason = "ReplicaSetUpdated";
    public const string FailedRSCreateReason = "ReplicaSetCreateError";
    public const string NewReplicaSetReason = "NewReplicaSetCreated";
    public const string FoundNewRSReason = "FoundNewReplicaSet";
    public const string NewRSAvailableReason = "NewReplicaSetAvailable";
    public const string TimedOutReason = "ProgressDeadlineExceeded";
    public const string PausedDeployReason = "DeploymentPaused";
    public const string ResumedDeployReason = "DeploymentResumed";
    public const string MinimumReplicasAvailable = "MinimumReplicasAvailable";
    public const string MinimumReplicasUnavailable = "MinimumReplicasUnavailable";

    /// <summary>The default maxSurge and maxUnavailable API defaulting fills in.</summary>
    private static readonly IntOrString DefaultFencepost = new("25%");

    /// <summary>spec.replicas, 1 when unset (what defaulting would have set).</summary>
    public static int Replicas(V1Deployment d) => d.Spec.Replicas ?? 1;

    public static int Replicas(V1ReplicaSet rs) => rs.Spec.Replicas ?? 1;

    public static bool IsRollingUpdate(V1Deployment d) =>
        (d.Spec.Strategy.Type ?? DeploymentStrategyType.RollingUpdate) == DeploymentStrategyType.RollingUpdate;

    public static bool HasProgressDeadline(V1Deployment d) =>
        d.Spec.ProgressDeadlineSeconds is { } seconds && seconds != int.MaxValue;

    public static bool HasRevisionHistoryLimit(V1Deployment d) =>
        d.Spec.RevisionHistoryLimit is { } limit && limit != int.MaxValue;

    /// <summary>
    /// maxSurge and maxUnavailable resolved against the replicas (upstream's ResolveFenceposts): surge rounds up,
    /// unavailability rounds down, and when both come to zero unavailability becomes 1 so a rollout can move.
    /// </summary>
    public static (int Surge, int Unavailable) ResolveFenceposts(IntOrString? maxSurge, IntOrString? maxUnavailable, int desired)
    {
        var surge = (maxSurge ?? DefaultFencepost).GetScaledValueFromIntOrPercent(desired, roundUp: true);
        var unavailable = (maxUnavailable ?? DefaultFencepost).GetScaledValueFromIntOrPercent(desired, roundUp: false);
        if (surge == 0 && unavailable == 0)
        {
            unavailable = 1;
        }

        return (surge, unavailable);
    }

    public static int MaxSurge(V1Deployment d) =>
        IsRollingUpdate(d) ? ResolveFenceposts(d.Spec.Strategy.RollingUpdate?.MaxSurge, d.Spec.Strategy.RollingUpdate?.MaxUnavailable, Replicas(d)).Surge : 0;

    public static int MaxUnavailable(V1Deployment d)
    {
        if (!IsRollingUpdate(d) || Replicas(d) == 0)
        {
            return 0;
        }

        var (_, unavailable) = ResolveFenceposts(d.Spec.Strategy.RollingUpdate?.MaxSurge, d.Spec.Strategy.RollingUpdate?.MaxUnavailable, Replicas(d));
        return Math.Min(unavailable, Replicas(d));
    }

    /// <summary>How many replicas the new ReplicaSet may have now (upstream's NewRSNewReplicas).</summary>
    public static int NewRSNewReplicas(V1Deployment d, IReadOnlyList<V1ReplicaSet> allRSs, V1ReplicaSet newRS)
    {
        switch (d.Spec.Strategy.Type ?? DeploymentStrategyType.RollingUpdate)
        {
            case DeploymentStrategyType.RollingUpdate:
                var maxSurge = (d.Spec.Strategy.RollingUpdate?.MaxSurge ?? DefaultFencepost).GetScaledValueFromIntOrPercent(Replicas(d), roundUp: true);
                var currentPodCount = GetReplicaCountForReplicaSets(allRSs);
                var maxTotalPods = Replicas(d) + maxSurge;
                if (currentPodCount >= maxTotalPods)
                {
                    return Replicas(newRS);
                }

                var scaleUpCount = Math.Min(maxTotalPods - currentPodCount, Replicas(d) - Replicas(newRS));
                return Replicas(newRS) + scaleUpCount;
            case DeploymentStrategyType.Recreate:
                return Replicas(d);
            default:
                throw new InvalidOperationException($"deployment type {d.Spec.Strategy.Type} isn't supported");
        }
    }

    /// <summary>The new ReplicaSet has all the Deployment's replicas, available (upstream's IsSaturated).</summary>
    public static bool IsSaturated(V1Deployment d, V1ReplicaSet? rs)
    {
        if (rs is null || !int.TryParse(rs.Metadata.Annotations?.GetValueOrDefault(DesiredReplicasAnnotation), out var desired))
        {
            return false;
        }

        return Replicas(rs) == Replicas(d) && desired == Replicas(d) && (rs.Status.AvailableReplicas ?? 0) == Replicas(d);
    }

    /// <summary>The rollout is done: every replica updated and available, and the latest spec observed.</summary>
    public static bool DeploymentComplete(V1Deployment d, DeploymentStatus newStatus) =>
        (newStatus.UpdatedReplicas ?? 0) == Replicas(d)
        && (newStatus.Replicas ?? 0) == Replicas(d)
        && (newStatus.AvailableReplicas ?? 0) == Replicas(d)
        && (newStatus.ObservedGeneration ?? 0) >= (d.Metadata.Generation ?? 0);

    /// <summary>Something moved since the last status: more updated, fewer old, more ready or more available replicas.</summary>
    public static bool DeploymentProgressing(V1Deployment d, DeploymentStatus newStatus)
    {
        var oldStatus = d.Status;
        var oldStatusOldReplicas = (oldStatus.Replicas ?? 0) - (oldStatus.UpdatedReplicas ?? 0);
        var newStatusOldReplicas = (newStatus.Replicas ?? 0) - (newStatus.UpdatedReplicas ?? 0);
        return (newStatus.UpdatedReplicas ?? 0) > (oldStatus.UpdatedReplicas ?? 0)
            || newStatusOldReplicas < oldStatusOldReplicas
            || (newStatus.ReadyReplicas ?? 0) > (oldStatus.ReadyReplicas ?? 0)
            || (newStatus.AvailableReplicas ?? 0) > (oldStatus.AvailableReplicas ?? 0);
    }

    /// <summary>No progress reported for progressDeadlineSeconds (upstream's DeploymentTimedOut).</summary>
    public static bool DeploymentTimedOut(V1Deployment d, DeploymentStatus newStatus, DateTimeOffset now)
    {
        if (!HasProgressDeadline(d) || GetDeploymentCondition(newStatus, DeploymentConditionType.Progressing) is not { } condition)
        {
            return false;
        }

        if (condition.Reason == NewRSAvailableReason)
        {
            return false;
        }

        if (condition.Reason == TimedOutReason)
        {
            return true;
        }

        var from = condition.LastUpdateTime ?? DateTimeOffset.MinValue;
        return from.AddSeconds(d.Spec.ProgressDeadlineSeconds!.Value) < now;
    }

    public static int GetReplicaCountForReplicaSets(IEnumerable<V1ReplicaSet?> replicaSets) =>
        replicaSets.Sum(rs => rs is null ? 0 : Replicas(rs));

    public static int GetActualReplicaCountForReplicaSets(IEnumerable<V1ReplicaSet?> replicaSets) =>
        replicaSets.Sum(rs => rs?.Status.Replicas ?? 0);

    public static int GetReadyReplicaCountForReplicaSets(IEnumerable<V1ReplicaSet?> replicaSets) =>
        replicaSets.Sum(rs => rs?.Status.ReadyReplicas ?? 0);

    public static int GetAvailableReplicaCountForReplicaSets(IEnumerable<V1ReplicaSet?> replicaSets) =>
        replicaSets.Sum(rs => rs?.Status.AvailableReplicas ?? 0);

    /// <summary>ReplicaSets with replicas above zero (upstream's FilterActiveReplicaSets).</summary>
    public static List<V1ReplicaSet> FilterActiveReplicaSets(IEnumerable<V1ReplicaSet?> replicaSets) =>
        [.. replicaSets.Where(rs => rs is not null && Replicas(rs) > 0).Select(rs => rs!)];

    /// <summary>The oldest ReplicaSet whose template equals the Deployment's, ignoring the hash label.</summary>
    public static V1ReplicaSet? FindNewReplicaSet(V1Deployment d, IReadOnlyList<V1ReplicaSet> rsList)
    {
        foreach (var rs in rsList.OrderBy(rs => rs, ReplicaSetOrder.ByCreationTimestamp))
        {
            if (PodTemplateHash.EqualIgnoreHash(rs.Spec.Template, d.Spec.Template))
            {
                return rs;
            }
        }

        return null;
    }

    /// <summary>Every ReplicaSet but the new one (upstream's FindOldReplicaSets' second result).</summary>
    public static List<V1ReplicaSet> FindOldReplicaSets(V1Deployment d, IReadOnlyList<V1ReplicaSet> rsList)
    {
        var newRS = FindNewReplicaSet(d, rsList);
        return [.. rsList.Where(rs => newRS is null || rs.Metadata.Uid != newRS.Metadata.Uid)];
    }

    /// <summary>
    /// The only active ReplicaSet, or the newest when none is active; null when several are (upstream's
    /// FindActiveOrLatest).
    /// </summary>
    public static V1ReplicaSet? FindActiveOrLatest(V1ReplicaSet? newRS, List<V1ReplicaSet> oldRSs)
    {
        if (newRS is null && oldRSs.Count == 0)
        {
            return null;
        }

        var newestFirst = oldRSs.OrderByDescending(rs => rs, ReplicaSetOrder.ByCreationTimestamp).ToList();
        var active = FilterActiveReplicaSets([.. newestFirst, newRS]);
        return active.Count switch
        {
            0 => newRS ?? newestFirst[0],
            1 => active[0],
            _ => null,
        };
    }

    /// <summary>
    /// How many replicas to add to (or remove from) <paramref name="rs"/> when the Deployment is resized in the
    /// middle of a rollout (upstream's GetProportion): its share of the new total, never beyond what is left.
    /// </summary>
    public static int GetProportion(V1ReplicaSet? rs, V1Deployment d, int deploymentReplicasToAdd, int deploymentReplicasAdded)
    {
        if (rs is null || Replicas(rs) == 0 || deploymentReplicasToAdd == 0 || deploymentReplicasToAdd == deploymentReplicasAdded)
        {
            return 0;
        }

        var fraction = GetReplicaSetFraction(rs, d);
        var allowed = deploymentReplicasToAdd - deploymentReplicasAdded;
        return deploymentReplicasToAdd > 0 ? Math.Min(fraction, allowed) : Math.Max(fraction, allowed);
    }

    private static int GetReplicaSetFraction(V1ReplicaSet rs, V1Deployment d)
    {
        if (Replicas(d) == 0)
        {
            return -Replicas(rs);
        }

        var deploymentMaxReplicas = Replicas(d) + MaxSurge(d);
        if (!int.TryParse(rs.Metadata.Annotations?.GetValueOrDefault(MaxReplicasAnnotation), out var annotated) || annotated == 0)
        {
            // No annotation (edited by hand, or older than it): use the Deployment's current size.
            annotated = d.Status.Replicas ?? 0;
            if (annotated == 0)
            {
                annotated = Replicas(d);
            }
        }

        var newSize = (double)Replicas(rs) * deploymentMaxReplicas / annotated;
        return (int)Math.Round(newSize, MidpointRounding.AwayFromZero) - Replicas(rs);
    }
}
