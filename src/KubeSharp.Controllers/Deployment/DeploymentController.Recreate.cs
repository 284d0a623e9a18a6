using KubeSharp.Api.Core.V1;
using KubeSharp.Controllers.Deployment.Util;
using V1Deployment = KubeSharp.Api.Apps.V1.Deployment;
using V1ReplicaSet = KubeSharp.Api.Apps.V1.ReplicaSet;

namespace KubeSharp.Controllers.Deployment;

/// <summary>The Recreate strategy (upstream's recreate.go): every old pod is gone before the new ReplicaSet scales up.</summary>
public sealed partial class DeploymentController
{
    private async Task RolloutRecreateAsync(V1Deployment d, List<V1ReplicaSet> rsList, Dictionary<string, List<Pod>> podMap, CancellationToken cancellationToken)
    {
        // Do not create the new ReplicaSet yet: that would scale up before the old pods are gone.
        var (newRS, oldRSs) = await GetAllReplicaSetsAndSyncRevisionAsync(d, rsList, false, cancellationToken).ConfigureAwait(false);
        List<V1ReplicaSet?> allRSs = [.. oldRSs, newRS];

        if (await ScaleDownOldReplicaSetsForRecreateAsync(DeploymentUtil.FilterActiveReplicaSets(oldRSs), d, cancellationToken).ConfigureAwait(false))
        {
            await SyncRolloutStatusAsync(allRSs, newRS, d, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (OldPodsRunning(newRS, oldRSs, podMap))
        {
            await SyncRolloutStatusAsync(allRSs, newRS, d, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (newRS is null)
        {
            (newRS, oldRSs) = await GetAllReplicaSetsAndSyncRevisionAsync(d, rsList, true, cancellationToken).ConfigureAwait(false);
            allRSs = [.. oldRSs, newRS];
        }

        await ScaleReplicaSetAndRecordEventAsync(newRS!, DeploymentUtil.Replicas(d), d, cancellationToken).ConfigureAwait(false);
        if (DeploymentUtil.DeploymentComplete(d, d.Status))
        {
            await CleanupDeploymentAsync(oldRSs, d, cancellationToken).ConfigureAwait(false);
        }

        await SyncRolloutStatusAsync(allRSs, newRS, d, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> ScaleDownOldReplicaSetsForRecreateAsync(List<V1ReplicaSet> oldRSs, V1Deployment d, CancellationToken cancellationToken)
    {
        var scaled = false;
        foreach (var rs in oldRSs)
        {
            if (DeploymentUtil.Replicas(rs) == 0)
            {
                continue;
            }

            if ((await ScaleReplicaSetAndRecordEventAsync(rs, 0, d, cancellationToken).ConfigureAwait(false)).Scaled)
            {
                scaled = true;
            }
        }

        return scaled;
    }

    /// <summary>
    /// Old ReplicaSets still report replicas, or an old pod is not finished (upstream's oldPodsRunning; a pod in
    /// phase Unknown counts as running, since it may be).
    /// </summary>
    internal static bool OldPodsRunning(V1ReplicaSet? newRS, List<V1ReplicaSet> oldRSs, Dictionary<string, List<Pod>> podMap)
    {
        if (DeploymentUtil.GetActualReplicaCountForReplicaSets(oldRSs) > 0)
        {
            return true;
        }

        foreach (var (rsUid, pods) in podMap)
        {
            if (newRS is not null && newRS.Metadata.Uid == rsUid)
            {
                continue;
            }

            if (pods.Any(pod => pod.Status.Phase is not (PodPhase.Failed or PodPhase.Succeeded)))
            {
                return true;
            }
        }

        return false;
    }
}
