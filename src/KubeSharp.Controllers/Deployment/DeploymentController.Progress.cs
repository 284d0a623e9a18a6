using KubeSharp.Api.Apps.V1;
using KubeSharp.Controllers.Deployment.Util;
using ConditionStatus = KubeSharp.Api.Core.V1.ConditionStatus;
using V1Deployment = KubeSharp.Api.Apps.V1.Deployment;
using V1ReplicaSet = KubeSharp.Api.Apps.V1.ReplicaSet;

namespace KubeSharp.Controllers.Deployment;

/// <summary>Rollout progress and the Progressing condition (upstream's progress.go).</summary>
public sealed partial class DeploymentController
{
    /// <summary>
    /// Writes the rollout status: NewReplicaSetAvailable once complete, ReplicaSetUpdated while anything moves,
    /// ProgressDeadlineExceeded after progressDeadlineSeconds without progress, and the ReplicaSets' ReplicaFailure.
    /// </summary>
    private async Task SyncRolloutStatusAsync(List<V1ReplicaSet?> allRSs, V1ReplicaSet? newRS, V1Deployment d, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var newStatus = CalculateStatus(allRSs, newRS, d, now);
        if (!DeploymentUtil.HasProgressDeadline(d))
        {
            DeploymentUtil.RemoveDeploymentCondition(newStatus, DeploymentConditionType.Progressing);
        }

        var currentCondition = DeploymentUtil.GetDeploymentCondition(d.Status, DeploymentConditionType.Progressing);
        var isCompleteDeployment = newStatus.Replicas == newStatus.UpdatedReplicas && currentCondition?.Reason == DeploymentUtil.NewRSAvailableReason;
        if (DeploymentUtil.HasProgressDeadline(d) && !isCompleteDeployment)
        {
            if (DeploymentUtil.DeploymentComplete(d, newStatus))
            {
                var message = newRS is null ? $"Deployment \"{d.Metadata.Name}\" has successfully progressed." : $"ReplicaSet \"{newRS.Metadata.Name}\" has successfully progressed.";
                DeploymentUtil.SetDeploymentCondition(newStatus, DeploymentUtil.NewDeploymentCondition(DeploymentConditionType.Progressing, ConditionStatus.True, DeploymentUtil.NewRSAvailableReason, message, now));
            }
            else if (DeploymentUtil.DeploymentProgressing(d, newStatus))
            {
                var message = newRS is null ? $"Deployment \"{d.Metadata.Name}\" is progressing." : $"ReplicaSet \"{newRS.Metadata.Name}\" is progressing.";
                var condition = DeploymentUtil.NewDeploymentCondition(DeploymentConditionType.Progressing, ConditionStatus.True, DeploymentUtil.ReplicaSetUpdatedReason, message, now);

                // Same reason, but lastUpdateTime must move whenever progress is seen: replace the condition,
                // keeping its transition time while it stays True.
                if (currentCondition is not null)
                {
                    if (currentCondition.Status == ConditionStatus.True)
                    {
                        condition.LastTransitionTime = currentCondition.LastTransitionTime;
                    }

                    DeploymentUtil.RemoveDeploymentCondition(newStatus, DeploymentConditionType.Progressing);
                }

                DeploymentUtil.SetDeploymentCondition(newStatus, condition);
            }
            else if (DeploymentUtil.DeploymentTimedOut(d, newStatus, now))
            {
                var message = newRS is null ? $"Deployment \"{d.Metadata.Name}\" has timed out progressing." : $"ReplicaSet \"{newRS.Metadata.Name}\" has timed out progressing.";
                DeploymentUtil.SetDeploymentCondition(newStatus, DeploymentUtil.NewDeploymentCondition(DeploymentConditionType.Progressing, ConditionStatus.False, DeploymentUtil.TimedOutReason, message, now));
            }
        }

        if (GetReplicaFailures(allRSs, newRS) is { } failure)
        {
            DeploymentUtil.SetDeploymentCondition(newStatus, failure);
        }
        else
        {
            DeploymentUtil.RemoveDeploymentCondition(newStatus, DeploymentConditionType.ReplicaFailure);
        }

        if (StatusEqual(d.Status, newStatus))
        {
            RequeueStuckDeployment(d, newStatus, now);
            return;
        }

        d.Status = newStatus;
        await UpdateStatusAsync(d, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The new ReplicaSet's ReplicaFailure condition, else the first old one's.</summary>
    private static DeploymentCondition? GetReplicaFailures(List<V1ReplicaSet?> allRSs, V1ReplicaSet? newRS)
    {
        foreach (var rs in (IEnumerable<V1ReplicaSet?>)[newRS, .. allRSs])
        {
            if (rs?.Status.Conditions?.FirstOrDefault(c => c.Type == ReplicaSetConditionType.ReplicaFailure) is { } condition)
            {
                return DeploymentUtil.ReplicaSetToDeploymentCondition(condition);
            }
        }

        return null;
    }

    /// <summary>
    /// A rollout showing no progress is looked at again when its deadline passes (upstream's requeueStuckDeployment),
    /// so it times out on time instead of at the next unrelated event. Returns the delay, or null when none is needed.
    /// </summary>
    internal TimeSpan? RequeueStuckDeployment(V1Deployment d, DeploymentStatus newStatus, DateTimeOffset now)
    {
        var currentCondition = DeploymentUtil.GetDeploymentCondition(d.Status, DeploymentConditionType.Progressing);
        if (!DeploymentUtil.HasProgressDeadline(d) || currentCondition is null)
        {
            return null;
        }

        if (DeploymentUtil.DeploymentComplete(d, newStatus) || currentCondition.Reason == DeploymentUtil.TimedOutReason)
        {
            return null;
        }

        var after = (currentCondition.LastUpdateTime ?? now).AddSeconds(d.Spec.ProgressDeadlineSeconds!.Value) - now;
        var key = ControllerUtil.KeyFunc(d);
        if (after < TimeSpan.FromSeconds(1))
        {
            Queue.AddRateLimited(key);
            return TimeSpan.Zero;
        }

        // A second more, so the check lands after the deadline despite rounding.
        Queue.AddAfter(key, after + TimeSpan.FromSeconds(1));
        return after;
    }
}
