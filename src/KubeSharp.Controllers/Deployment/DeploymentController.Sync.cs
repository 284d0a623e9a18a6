using System.Globalization;
using KubeSharp.Api.Apps.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Serialization;
using KubeSharp.Client.Events;
using KubeSharp.Client.Informers;
using KubeSharp.Controllers.Deployment.Util;
using KubeSharp.Machinery.Errors;
using KubeSharp.Machinery.Labels;
using Microsoft.Extensions.Logging;
using ConditionStatus = KubeSharp.Api.Core.V1.ConditionStatus;
using V1Deployment = KubeSharp.Api.Apps.V1.Deployment;
using V1ReplicaSet = KubeSharp.Api.Apps.V1.ReplicaSet;

namespace KubeSharp.Controllers.Deployment;

/// <summary>The sync handler and what it shares between strategies (upstream's deployment_controller.go and sync.go).</summary>
public sealed partial class DeploymentController
{
    /// <summary>Reconciles one Deployment. Throws to be requeued with back-off.</summary>
    public async Task SyncDeploymentAsync(string key, CancellationToken cancellationToken)
    {
        var cached = _dInformer.Indexer.GetByKey(key);
        if (cached is null)
        {
            LogDeleted(key);
            return;
        }

        var d = ObjectCopy.DeepCopy(cached);
        if (d.Spec.Selector is null || (d.Spec.Selector.MatchLabels is not { Count: > 0 } && d.Spec.Selector.MatchExpressions is not { Count: > 0 }))
        {
            _recorder.Event(d, EventTypes.Warning, "SelectingAll", "This deployment is selecting all pods. A non-empty selector is required.");
            if ((d.Status.ObservedGeneration ?? 0) < (d.Metadata.Generation ?? 0))
            {
                d.Status.ObservedGeneration = d.Metadata.Generation;
                await UpdateStatusAsync(d, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var rsList = await GetReplicaSetsForDeploymentAsync(d, cancellationToken).ConfigureAwait(false);
        var podMap = GetPodMapForDeployment(d, rsList);

        if (d.Metadata.DeletionTimestamp is not null)
        {
            await SyncStatusOnlyAsync(d, rsList, cancellationToken).ConfigureAwait(false);
            return;
        }

        await CheckPausedConditionsAsync(d, cancellationToken).ConfigureAwait(false);
        if (d.Spec.Paused == true)
        {
            await SyncAsync(d, rsList, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await IsScalingEventAsync(d, rsList, cancellationToken).ConfigureAwait(false))
        {
            await SyncAsync(d, rsList, cancellationToken).ConfigureAwait(false);
            return;
        }

        switch (d.Spec.Strategy.Type ?? DeploymentStrategyType.RollingUpdate)
        {
            case DeploymentStrategyType.Recreate:
                await RolloutRecreateAsync(d, rsList, podMap, cancellationToken).ConfigureAwait(false);
                break;
            case DeploymentStrategyType.RollingUpdate:
                await RolloutRollingAsync(d, rsList, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new InvalidOperationException($"unexpected deployment strategy type: {d.Spec.Strategy.Type}");
        }
    }

    /// <summary>Claims the ReplicaSets the selector matches (adopting orphans, releasing the unmatched) and returns those owned.</summary>
    private async Task<List<V1ReplicaSet>> GetReplicaSetsForDeploymentAsync(V1Deployment d, CancellationToken cancellationToken)
    {
        var all = new NamespaceLister<V1ReplicaSet>(_rsInformer.Indexer, d.Metadata.Namespace ?? "").List();
        var selector = LabelSelectors.ToSelector(d.Spec.Selector);
        var resource = _client.Resource<V1ReplicaSet>().Namespace(d.Metadata.Namespace ?? "");
        var manager = new ControllerRefManager<V1ReplicaSet>(
            d,
            ControllerKind,
            selector,
            async token =>
            {
                var fresh = await _client.Resource<V1Deployment>().Namespace(d.Metadata.Namespace ?? "").GetAsync(d.Metadata.Name ?? "", token).ConfigureAwait(false);
                if (fresh.Metadata.Uid != d.Metadata.Uid)
                {
                    throw new InvalidOperationException($"original Deployment {d.Metadata.Namespace}/{d.Metadata.Name} is gone: got uid {fresh.Metadata.Uid}, wanted {d.Metadata.Uid}");
                }

                if (fresh.Metadata.DeletionTimestamp is { } deleted)
                {
                    throw new InvalidOperationException($"{d.Metadata.Namespace}/{d.Metadata.Name} has just been deleted at {deleted:O}");
                }
            },
            (rs, patch, token) => resource.PatchAsync(rs.Metadata.Name ?? "", Client.Rest.PatchType.StrategicMerge, patch, cancellationToken: token));
        var (claimed, errors) = await manager.ClaimAsync(all, null, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            throw errors.Count == 1 ? errors[0] : new AggregateException(errors);
        }

        return claimed;
    }

    /// <summary>Only the status: for a Deployment being deleted.</summary>
    private async Task SyncStatusOnlyAsync(V1Deployment d, List<V1ReplicaSet> rsList, CancellationToken cancellationToken)
    {
        var (newRS, oldRSs) = await GetAllReplicaSetsAndSyncRevisionAsync(d, rsList, false, cancellationToken).ConfigureAwait(false);
        await SyncDeploymentStatusAsync([.. oldRSs, newRS], newRS, d, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Scaling events and paused Deployments: resize proportionally, no rollout (upstream's sync).</summary>
    private async Task SyncAsync(V1Deployment d, List<V1ReplicaSet> rsList, CancellationToken cancellationToken)
    {
        var (newRS, oldRSs) = await GetAllReplicaSetsAndSyncRevisionAsync(d, rsList, false, cancellationToken).ConfigureAwait(false);
        await ScaleAsync(d, newRS, oldRSs, cancellationToken).ConfigureAwait(false);
        if (d.Spec.Paused == true)
        {
            await CleanupDeploymentAsync(oldRSs, d, cancellationToken).ConfigureAwait(false);
        }

        await SyncDeploymentStatusAsync([.. oldRSs, newRS], newRS, d, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pausing and resuming set an Unknown Progressing condition, so a resumed Deployment does not time out at once.</summary>
    private async Task CheckPausedConditionsAsync(V1Deployment d, CancellationToken cancellationToken)
    {
        if (!DeploymentUtil.HasProgressDeadline(d))
        {
            return;
        }

        var condition = DeploymentUtil.GetDeploymentCondition(d.Status, DeploymentConditionType.Progressing);
        if (condition?.Reason == DeploymentUtil.TimedOutReason)
        {
            return;
        }

        var pausedConditionExists = condition?.Reason == DeploymentUtil.PausedDeployReason;
        var now = _time.GetUtcNow();
        if (d.Spec.Paused == true && !pausedConditionExists)
        {
            DeploymentUtil.SetDeploymentCondition(d.Status, DeploymentUtil.NewDeploymentCondition(DeploymentConditionType.Progressing, ConditionStatus.Unknown, DeploymentUtil.PausedDeployReason, "Deployment is paused", now));
        }
        else if (d.Spec.Paused != true && pausedConditionExists)
        {
            DeploymentUtil.SetDeploymentCondition(d.Status, DeploymentUtil.NewDeploymentCondition(DeploymentConditionType.Progressing, ConditionStatus.Unknown, DeploymentUtil.ResumedDeployReason, "Deployment is resumed", now));
        }
        else
        {
            return;
        }

        await UpdateStatusAsync(d, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The new ReplicaSet (created when asked and missing) and the old ones, with the revision annotations synced.</summary>
    private async Task<(V1ReplicaSet? NewRS, List<V1ReplicaSet> OldRSs)> GetAllReplicaSetsAndSyncRevisionAsync(
        V1Deployment d, List<V1ReplicaSet> rsList, bool createIfNotExisted, CancellationToken cancellationToken)
    {
        var oldRSs = DeploymentUtil.FindOldReplicaSets(d, rsList);
        var newRS = await GetNewReplicaSetAsync(d, rsList, oldRSs, createIfNotExisted, cancellationToken).ConfigureAwait(false);
        return (newRS, oldRSs);
    }

    private async Task<V1ReplicaSet?> GetNewReplicaSetAsync(
        V1Deployment d, List<V1ReplicaSet> rsList, List<V1ReplicaSet> oldRSs, bool createIfNotExisted, CancellationToken cancellationToken)
    {
        var existingNewRS = DeploymentUtil.FindNewReplicaSet(d, rsList);
        var newRevision = (DeploymentUtil.MaxRevision(oldRSs) + 1).ToString(CultureInfo.InvariantCulture);
        var now = _time.GetUtcNow();
        var resource = _client.Resource<V1ReplicaSet>().Namespace(d.Metadata.Namespace ?? "");

        if (existingNewRS is not null)
        {
            var rsCopy = ObjectCopy.DeepCopy(existingNewRS);
            var annotationsUpdated = DeploymentUtil.SetNewReplicaSetAnnotations(d, rsCopy, newRevision, true, MaxRevHistoryLengthInChars);
            var minReadySecondsNeedsUpdate = (rsCopy.Spec.MinReadySeconds ?? 0) != (d.Spec.MinReadySeconds ?? 0);
            if (annotationsUpdated || minReadySecondsNeedsUpdate)
            {
                rsCopy.Spec.MinReadySeconds = d.Spec.MinReadySeconds;
                return await resource.UpdateAsync(rsCopy, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            var needsUpdate = DeploymentUtil.SetDeploymentRevision(d, rsCopy.Metadata.Annotations?.GetValueOrDefault(DeploymentUtil.RevisionAnnotation) ?? "");
            if (DeploymentUtil.HasProgressDeadline(d) && DeploymentUtil.GetDeploymentCondition(d.Status, DeploymentConditionType.Progressing) is null)
            {
                DeploymentUtil.SetDeploymentCondition(d.Status, DeploymentUtil.NewDeploymentCondition(
                    DeploymentConditionType.Progressing, ConditionStatus.True, DeploymentUtil.FoundNewRSReason, $"Found new replica set \"{rsCopy.Metadata.Name}\"", now));
                needsUpdate = true;
            }

            if (needsUpdate)
            {
                await UpdateDeploymentAndStatusAsync(d, cancellationToken).ConfigureAwait(false);
            }

            return rsCopy;
        }

        if (!createIfNotExisted)
        {
            return null;
        }

        // The name is the Deployment's plus the template hash, so creating it twice is harmless.
        var template = ObjectCopy.DeepCopy(d.Spec.Template);
        var hash = PodTemplateHash.ComputeHash(template, d.Status.CollisionCount);
        template.Metadata.Labels = new Dictionary<string, string>(d.Spec.Template.Metadata.Labels ?? [], StringComparer.Ordinal)
        {
            [PodTemplateHash.DefaultDeploymentUniqueLabelKey] = hash,
        };
        var selector = ObjectCopy.DeepCopy(d.Spec.Selector!);
        selector.MatchLabels = new Dictionary<string, string>(selector.MatchLabels ?? [], StringComparer.Ordinal)
        {
            [PodTemplateHash.DefaultDeploymentUniqueLabelKey] = hash,
        };
        var newRS = new V1ReplicaSet
        {
            Metadata = new ObjectMeta
            {
                Name = d.Metadata.Name + "-" + hash,
                Namespace = d.Metadata.Namespace,
                OwnerReferences = [ControllerRefs.NewControllerRef(d, ControllerKind)],
                Labels = new Dictionary<string, string>(template.Metadata.Labels, StringComparer.Ordinal),
            },
            Spec = new ReplicaSetSpec { Replicas = 0, MinReadySeconds = d.Spec.MinReadySeconds, Selector = selector, Template = template },
        };
        var newReplicasCount = DeploymentUtil.NewRSNewReplicas(d, [.. oldRSs, newRS], newRS);
        newRS.Spec.Replicas = newReplicasCount;
        DeploymentUtil.SetNewReplicaSetAnnotations(d, newRS, newRevision, false, MaxRevHistoryLengthInChars);

        V1ReplicaSet createdRS;
        var alreadyExists = false;
        try
        {
            createdRS = await resource.CreateAsync(newRS, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException error) when (ApiErrors.IsAlreadyExists(error))
        {
            alreadyExists = true;
            var rs = _rsInformer.Indexer.GetByKey(d.Metadata.Namespace + "/" + newRS.Metadata.Name)
                ?? await resource.GetAsync(newRS.Metadata.Name!, cancellationToken).ConfigureAwait(false);

            // Ours with the same template: it is the new ReplicaSet, the cache was just behind.
            if (ControllerRefs.GetControllerOf(rs)?.Uid == d.Metadata.Uid && PodTemplateHash.EqualIgnoreHash(d.Spec.Template, rs.Spec.Template))
            {
                createdRS = rs;
            }
            else
            {
                // A hash collision: bump collisionCount so the next sync hashes differently.
                d.Status.CollisionCount = (d.Status.CollisionCount ?? 0) + 1;
                try
                {
                    await UpdateStatusAsync(d, cancellationToken).ConfigureAwait(false);
                    var collisionKey = ControllerUtil.KeyFunc(d);
                    var collisionCount = d.Status.CollisionCount.Value;
                    LogCollision(collisionKey, collisionCount);
                }
                catch (ApiException)
                {
                    // The original error is what gets the Deployment requeued.
                }

                throw;
            }
        }
        catch (ApiException error) when (RealPodControl.HasStatusCause(error, RealPodControl.NamespaceTerminatingCause))
        {
            throw;
        }
        catch (ApiException error)
        {
            var message = $"Failed to create new replica set \"{newRS.Metadata.Name}\": {error.Message}";
            if (DeploymentUtil.HasProgressDeadline(d))
            {
                DeploymentUtil.SetDeploymentCondition(d.Status, DeploymentUtil.NewDeploymentCondition(
                    DeploymentConditionType.Progressing, ConditionStatus.False, DeploymentUtil.FailedRSCreateReason, message, now));
                try
                {
                    await UpdateStatusAsync(d, cancellationToken).ConfigureAwait(false);
                }
                catch (ApiException)
                {
                    // The create failure is the bigger problem to report.
                }
            }

            _recorder.Event(d, EventTypes.Warning, DeploymentUtil.FailedRSCreateReason, message);
            throw;
        }

        if (!alreadyExists && newReplicasCount > 0)
        {
            _recorder.Event(d, EventTypes.Normal, "ScalingReplicaSet", $"Scaled up replica set {createdRS.Metadata.Name} from 0 to {newReplicasCount}");
        }

        var deploymentNeedsUpdate = DeploymentUtil.SetDeploymentRevision(d, newRevision);
        if (!alreadyExists && DeploymentUtil.HasProgressDeadline(d))
        {
            DeploymentUtil.SetDeploymentCondition(d.Status, DeploymentUtil.NewDeploymentCondition(
                DeploymentConditionType.Progressing, ConditionStatus.True, DeploymentUtil.NewReplicaSetReason, $"Created new replica set \"{createdRS.Metadata.Name}\"", now));
            deploymentNeedsUpdate = true;
        }

        if (deploymentNeedsUpdate)
        {
            await UpdateDeploymentAndStatusAsync(d, cancellationToken).ConfigureAwait(false);
        }

        return createdRS;
    }

    /// <summary>
    /// Resizes ReplicaSets when the Deployment is resized or paused (upstream's scale): the single active one gets
    /// everything; otherwise, in a rolling update, the change is shared in proportion to their sizes.
    /// </summary>
    private async Task ScaleAsync(V1Deployment d, V1ReplicaSet? newRS, List<V1ReplicaSet> oldRSs, CancellationToken cancellationToken)
    {
        if (DeploymentUtil.FindActiveOrLatest(newRS, oldRSs) is { } activeOrLatest)
        {
            if (DeploymentUtil.Replicas(activeOrLatest) != DeploymentUtil.Replicas(d))
            {
                await ScaleReplicaSetAndRecordEventAsync(activeOrLatest, DeploymentUtil.Replicas(d), d, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (DeploymentUtil.IsSaturated(d, newRS))
        {
            foreach (var old in DeploymentUtil.FilterActiveReplicaSets(oldRSs))
            {
                await ScaleReplicaSetAndRecordEventAsync(old, 0, d, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (!DeploymentUtil.IsRollingUpdate(d))
        {
            return;
        }

        var allRSs = DeploymentUtil.FilterActiveReplicaSets([.. oldRSs, newRS]);
        var allRSsReplicas = DeploymentUtil.GetReplicaCountForReplicaSets(allRSs);
        var allowedSize = DeploymentUtil.Replicas(d) > 0 ? DeploymentUtil.Replicas(d) + DeploymentUtil.MaxSurge(d) : 0;
        var toAdd = allowedSize - allRSsReplicas;
        var operation = "";
        if (toAdd > 0)
        {
            allRSs.Sort(ReplicaSetOrder.BySizeNewer);
            operation = "up";
        }
        else if (toAdd < 0)
        {
            allRSs.Sort(ReplicaSetOrder.BySizeOlder);
            operation = "down";
        }

        var added = 0;
        var nameToSize = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rs in allRSs)
        {
            if (toAdd != 0)
            {
                var proportion = DeploymentUtil.GetProportion(rs, d, toAdd, added);
                nameToSize[rs.Metadata.Name ?? ""] = DeploymentUtil.Replicas(rs) + proportion;
                added += proportion;
            }
            else
            {
                nameToSize[rs.Metadata.Name ?? ""] = DeploymentUtil.Replicas(rs);
            }
        }

        for (var i = 0; i < allRSs.Count; i++)
        {
            var rs = allRSs[i];
            var name = rs.Metadata.Name ?? "";
            if (i == 0 && toAdd != 0)
            {
                // Leftovers of rounding go to the largest.
                nameToSize[name] = Math.Max(0, nameToSize[name] + toAdd - added);
            }

            await ScaleReplicaSetAsync(rs, nameToSize[name], d, operation, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Scales one ReplicaSet; returns whether its size changed and the ReplicaSet as stored.</summary>
    private Task<(bool Scaled, V1ReplicaSet RS)> ScaleReplicaSetAndRecordEventAsync(V1ReplicaSet rs, int newScale, V1Deployment d, CancellationToken cancellationToken)
    {
        if (DeploymentUtil.Replicas(rs) == newScale)
        {
            return Task.FromResult((false, rs));
        }

        var operation = DeploymentUtil.Replicas(rs) < newScale ? "up" : "down";
        return ScaleReplicaSetAsync(rs, newScale, d, operation, cancellationToken);
    }

    private async Task<(bool Scaled, V1ReplicaSet RS)> ScaleReplicaSetAsync(V1ReplicaSet rs, int newScale, V1Deployment d, string operation, CancellationToken cancellationToken)
    {
        var sizeNeedsUpdate = DeploymentUtil.Replicas(rs) != newScale;
        var maxReplicas = DeploymentUtil.Replicas(d) + DeploymentUtil.MaxSurge(d);
        if (!sizeNeedsUpdate && !DeploymentUtil.ReplicasAnnotationsNeedUpdate(rs, DeploymentUtil.Replicas(d), maxReplicas))
        {
            return (false, rs);
        }

        var oldScale = DeploymentUtil.Replicas(rs);
        var rsCopy = ObjectCopy.DeepCopy(rs);
        rsCopy.Spec.Replicas = newScale;
        DeploymentUtil.SetReplicasAnnotations(rsCopy, DeploymentUtil.Replicas(d), maxReplicas);
        var updated = await _client.Resource<V1ReplicaSet>().Namespace(rsCopy.Metadata.Namespace ?? "").UpdateAsync(rsCopy, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (sizeNeedsUpdate)
        {
            _recorder.Event(d, EventTypes.Normal, "ScalingReplicaSet", $"Scaled {operation} replica set {updated.Metadata.Name} from {oldScale} to {newScale}");
        }

        return (sizeNeedsUpdate, updated);
    }

    /// <summary>Deletes the oldest scaled-down ReplicaSets beyond revisionHistoryLimit (upstream's cleanupDeployment).</summary>
    private async Task CleanupDeploymentAsync(List<V1ReplicaSet> oldRSs, V1Deployment d, CancellationToken cancellationToken)
    {
        if (!DeploymentUtil.HasRevisionHistoryLimit(d))
        {
            return;
        }

        var cleanable = oldRSs.Where(rs => rs.Metadata.DeletionTimestamp is null).ToList();
        var diff = cleanable.Count - d.Spec.RevisionHistoryLimit!.Value;
        if (diff <= 0)
        {
            return;
        }

        cleanable.Sort(ReplicaSetOrder.ByRevision);
        var resource = _client.Resource<V1ReplicaSet>().Namespace(d.Metadata.Namespace ?? "");
        for (var i = 0; i < diff; i++)
        {
            var rs = cleanable[i];

            // Never delete one that still has, or may still have, pods.
            if (rs.Status.Replicas != 0 || DeploymentUtil.Replicas(rs) != 0 || (rs.Metadata.Generation ?? 0) > (rs.Status.ObservedGeneration ?? 0))
            {
                continue;
            }

            try
            {
                await resource.DeleteAsync(rs.Metadata.Name ?? "", cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (ApiException error) when (ApiErrors.IsNotFound(error))
            {
            }
        }
    }

    /// <summary>Writes the status the ReplicaSets imply, if it changed.</summary>
    private async Task SyncDeploymentStatusAsync(List<V1ReplicaSet?> allRSs, V1ReplicaSet? newRS, V1Deployment d, CancellationToken cancellationToken)
    {
        var newStatus = CalculateStatus(allRSs, newRS, d, _time.GetUtcNow());
        if (StatusEqual(d.Status, newStatus))
        {
            return;
        }

        d.Status = newStatus;
        await UpdateStatusAsync(d, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The status from the ReplicaSets (upstream's calculateStatus): replicas, updated, ready, available and
    /// unavailable counts, and Available True once at least replicas − maxUnavailable are available.
    /// </summary>
    internal static DeploymentStatus CalculateStatus(List<V1ReplicaSet?> allRSs, V1ReplicaSet? newRS, V1Deployment d, DateTimeOffset now)
    {
        var available = DeploymentUtil.GetAvailableReplicaCountForReplicaSets(allRSs);
        var total = DeploymentUtil.GetReplicaCountForReplicaSets(allRSs);
        var status = new DeploymentStatus
        {
            ObservedGeneration = d.Metadata.Generation,
            Replicas = OmitZero(DeploymentUtil.GetActualReplicaCountForReplicaSets(allRSs)),
            UpdatedReplicas = OmitZero(DeploymentUtil.GetActualReplicaCountForReplicaSets([newRS])),
            ReadyReplicas = OmitZero(DeploymentUtil.GetReadyReplicaCountForReplicaSets(allRSs)),
            AvailableReplicas = OmitZero(available),
            UnavailableReplicas = OmitZero(Math.Max(0, total - available)),
            CollisionCount = d.Status.CollisionCount,
            Conditions = d.Status.Conditions is { } conditions ? [.. conditions.Select(ObjectCopy.DeepCopy)] : null,
        };
        if (available >= DeploymentUtil.Replicas(d) - DeploymentUtil.MaxUnavailable(d))
        {
            DeploymentUtil.SetDeploymentCondition(status, DeploymentUtil.NewDeploymentCondition(
                DeploymentConditionType.Available, ConditionStatus.True, DeploymentUtil.MinimumReplicasAvailable, "Deployment has minimum availability.", now));
        }
        else
        {
            DeploymentUtil.SetDeploymentCondition(status, DeploymentUtil.NewDeploymentCondition(
                DeploymentConditionType.Available, ConditionStatus.False, DeploymentUtil.MinimumReplicasUnavailable, "Deployment does not have minimum availability.", now));
        }

        return status;
    }

    /// <summary>A resize shows as a ReplicaSet whose desired-replicas annotation differs from spec.replicas.</summary>
    private async Task<bool> IsScalingEventAsync(V1Deployment d, List<V1ReplicaSet> rsList, CancellationToken cancellationToken)
    {
        var (newRS, oldRSs) = await GetAllReplicaSetsAndSyncRevisionAsync(d, rsList, false, cancellationToken).ConfigureAwait(false);
        foreach (var rs in DeploymentUtil.FilterActiveReplicaSets([.. oldRSs, newRS]))
        {
            if (DeploymentUtil.GetDesiredReplicasAnnotation(rs) is { } desired && desired != DeploymentUtil.Replicas(d))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Writes the revision annotation (metadata) and then the status. Upstream writes only status here and relies on
    /// its status strategy keeping annotations; a status PUT here changes status alone, so the annotation goes first.
    /// </summary>
    private async Task UpdateDeploymentAndStatusAsync(V1Deployment d, CancellationToken cancellationToken)
    {
        var revision = d.Metadata.Annotations?.GetValueOrDefault(DeploymentUtil.RevisionAnnotation);
        var stored = _dInformer.Indexer.GetByKey(ControllerUtil.KeyFunc(d));
        if (revision is not null && stored?.Metadata.Annotations?.GetValueOrDefault(DeploymentUtil.RevisionAnnotation) != revision)
        {
            var patch = "{\"metadata\":{\"annotations\":{\"" + DeploymentUtil.RevisionAnnotation + "\":\"" + revision + "\"}}}";
            var patched = await _client.Resource<V1Deployment>().Namespace(d.Metadata.Namespace ?? "")
                .PatchAsync(d.Metadata.Name ?? "", Client.Rest.PatchType.Merge, patch, cancellationToken: cancellationToken).ConfigureAwait(false);
            d.Metadata.ResourceVersion = patched.Metadata.ResourceVersion;
        }

        await UpdateStatusAsync(d, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>PUTs the status; later writes in the same sync build on the returned resourceVersion.</summary>
    private async Task UpdateStatusAsync(V1Deployment d, CancellationToken cancellationToken)
    {
        var updated = await _client.Resource<V1Deployment>().Namespace(d.Metadata.Namespace ?? "").UpdateStatusAsync(d, cancellationToken: cancellationToken).ConfigureAwait(false);
        d.Metadata.ResourceVersion = updated.Metadata.ResourceVersion;
    }

    private static int? OmitZero(int value) => value == 0 ? null : value;

    internal static bool StatusEqual(DeploymentStatus a, DeploymentStatus b) => KubeJson.Serialize(a) == KubeJson.Serialize(b);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deployment {Key} has been deleted")]
    private partial void LogDeleted(string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Found a hash collision for deployment {Key}, bumping collisionCount to {CollisionCount}")]
    private partial void LogCollision(string key, int collisionCount);
}
