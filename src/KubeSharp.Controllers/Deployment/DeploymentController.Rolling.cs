using KubeSharp.Controllers.Deployment.Util;
using V1Deployment = KubeSharp.Api.Apps.V1.Deployment;
using V1ReplicaSet = KubeSharp.Api.Apps.V1.ReplicaSet;

namespace KubeSharp.Controllers.Deployment;

/// <summary>The RollingUpdate strategy (upstream's rolling.go).</summary>
public sealed partial class DeploymentController
{
    /// <summary>Scales the new ReplicaSet up within maxSurge, or else the old ones down within maxUnavailable, one step per sync.</summary>
    private async Task RolloutRollingAsync(V1Deployment d, List<V1ReplicaSet> rsList, CancellationToken cancellationToken)
    {
        var (newRS, oldRSs) = await GetAllReplicaSetsAndSyncRevisionAsync(d, rsList, true, cancellationToken).ConfigureAwait(false);
        List<V1ReplicaSet?> allRSs = [.. oldRSs, newRS];

        if (await ReconcileNewReplicaSetAsync(allRSs, newRS!, d, cancellationToken).ConfigureAwait(false))
        {
            await SyncRolloutStatusAsync(allRSs, newRS, d, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await ReconcileOldReplicaSetsAsync(allRSs, DeploymentUtil.FilterActiveReplicaSets(oldRSs), newRS!, d, cancellationToken).ConfigureAwait(false))
        {
            await SyncRolloutStatusAsync(allRSs, newRS, d, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (DeploymentUtil.DeploymentComplete(d, d.Status))
        {
            await CleanupDeploymentAsync(oldRSs, d, cancellationToken).ConfigureAwait(false);
        }

        await SyncRolloutStatusAsync(allRSs, newRS, d, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> ReconcileNewReplicaSetAsync(List<V1ReplicaSet?> allRSs, V1ReplicaSet newRS, V1Deployment d, CancellationToken cancellationToken)
    {
        var replicas = DeploymentUtil.Replicas(d);
        if (DeploymentUtil.Replicas(newRS) == replicas)
        {
            return false;
        }

        if (DeploymentUtil.Replicas(newRS) > replicas)
        {
            return (await ScaleReplicaSetAndRecordEventAsync(newRS, replicas, d, cancellationToken).ConfigureAwait(false)).Scaled;
        }

        var newReplicasCount = DeploymentUtil.NewRSNewReplicas(d, [.. allRSs.Where(rs => rs is not null).Select(rs => rs!)], newRS);
        return (await ScaleReplicaSetAndRecordEventAsync(newRS, newReplicasCount, d, cancellationToken).ConfigureAwait(false)).Scaled;
    }

    /// <summary>
    /// Scales old ReplicaSets down as far as availability allows (upstream's reconcileOldReplicaSets): first the
    /// unhealthy replicas, which cost no availability, then healthy ones down to replicas − maxUnavailable.
    /// </summary>
    private async Task<bool> ReconcileOldReplicaSetsAsync(List<V1ReplicaSet?> allRSs, List<V1ReplicaSet> oldRSs, V1ReplicaSet newRS, V1Deployment d, CancellationToken cancellationToken)
    {
        var oldPodsCount = DeploymentUtil.GetReplicaCountForReplicaSets(oldRSs);
        if (oldPodsCount == 0)
        {
            return false;
        }

        var allPodsCount = DeploymentUtil.GetReplicaCountForReplicaSets(allRSs);
        var minAvailable = DeploymentUtil.Replicas(d) - DeploymentUtil.MaxUnavailable(d);
        var newRSUnavailablePodCount = DeploymentUtil.Replicas(newRS) - (newRS.Status.AvailableReplicas ?? 0);
        var maxScaledDown = allPodsCount - minAvailable - newRSUnavailablePodCount;
        if (maxScaledDown <= 0)
        {
            return false;
        }

        var (cleanedRSs, cleanupCount) = await CleanupUnhealthyReplicasAsync(oldRSs, d, maxScaledDown, cancellationToken).ConfigureAwait(false);
        var scaledDownCount = await ScaleDownOldReplicaSetsForRollingUpdateAsync([.. cleanedRSs, newRS], cleanedRSs, d, cancellationToken).ConfigureAwait(false);
        return cleanupCount + scaledDownCount > 0;
    }

    private async Task<(List<V1ReplicaSet> OldRSs, int ScaledDown)> CleanupUnhealthyReplicasAsync(List<V1ReplicaSet> oldRSs, V1Deployment d, int maxCleanupCount, CancellationToken cancellationToken)
    {
        oldRSs.Sort(ReplicaSetOrder.ByCreationTimestamp);
        var totalScaledDown = 0;
        for (var i = 0; i < oldRSs.Count; i++)
        {
            var target = oldRSs[i];
            if (totalScaledDown >= maxCleanupCount)
            {
                break;
            }

            var replicas = DeploymentUtil.Replicas(target);
            var available = target.Status.AvailableReplicas ?? 0;
            if (replicas == 0 || replicas == available)
            {
                continue;
            }

            var scaledDownCount = Math.Min(maxCleanupCount - totalScaledDown, replicas - available);
            var newReplicasCount = replicas - scaledDownCount;
            if (newReplicasCount > replicas)
            {
                throw new InvalidOperationException($"when cleaning up unhealthy replicas, got invalid request to scale down {target.Metadata.Namespace}/{target.Metadata.Name} {replicas} -> {newReplicasCount}");
            }

            var (_, updated) = await ScaleReplicaSetAndRecordEventAsync(target, newReplicasCount, d, cancellationToken).ConfigureAwait(false);
            totalScaledDown += scaledDownCount;
            oldRSs[i] = updated;
        }

        return (oldRSs, totalScaledDown);
    }

    private async Task<int> ScaleDownOldReplicaSetsForRollingUpdateAsync(List<V1ReplicaSet?> allRSs, List<V1ReplicaSet> oldRSs, V1Deployment d, CancellationToken cancellationToken)
    {
        var minAvailable = DeploymentUtil.Replicas(d) - DeploymentUtil.MaxUnavailable(d);
        var availablePodCount = DeploymentUtil.GetAvailableReplicaCountForReplicaSets(allRSs);
        if (availablePodCount <= minAvailable)
        {
            return 0;
        }

        oldRSs.Sort(ReplicaSetOrder.ByCreationTimestamp);
        var totalScaledDown = 0;
        var totalScaleDownCount = availablePodCount - minAvailable;
        foreach (var target in oldRSs)
        {
            if (totalScaledDown >= totalScaleDownCount)
            {
                break;
            }

            var replicas = DeploymentUtil.Replicas(target);
            if (replicas == 0)
            {
                continue;
            }

            var scaleDownCount = Math.Min(replicas, totalScaleDownCount - totalScaledDown);
            await ScaleReplicaSetAndRecordEventAsync(target, replicas - scaleDownCount, d, cancellationToken).ConfigureAwait(false);
            totalScaledDown += scaleDownCount;
        }

        return totalScaledDown;
    }
}
