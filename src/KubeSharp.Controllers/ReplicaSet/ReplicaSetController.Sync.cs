using KubeSharp.Api.Core.V1;
using KubeSharp.Client.Informers;
using KubeSharp.Machinery.Errors;
using KubeSharp.Machinery.Labels;
using Microsoft.Extensions.Logging;
using V1ReplicaSet = KubeSharp.Api.Apps.V1.ReplicaSet;

namespace KubeSharp.Controllers.ReplicaSet;

/// <summary>The sync handler (upstream's syncReplicaSet and manageReplicas).</summary>
public sealed partial class ReplicaSetController
{
    /// <summary>Brings one ReplicaSet's pods to its replicas and writes its status. Throws to be requeued with back-off.</summary>
    public async Task SyncReplicaSetAsync(string key, CancellationToken cancellationToken)
    {
        var start = _time.GetTimestamp();
        try
        {
            var (ns, _) = Cache.SplitMetaNamespaceKey(key);
            var rs = _rsIndexer.GetByKey(key);
            if (rs is null)
            {
                LogDeleted(key);
                Expectations.DeleteExpectations(key);
                return;
            }

            var rsNeedsSync = Expectations.SatisfiedExpectations(key);
            if (!LabelSelectors.TryToSelector(rs.Spec.Selector, out var selector, out var selectorError))
            {
                // A bad selector cannot be fixed by retrying; validation should have refused it.
                LogBadSelector(key, selectorError ?? "");
                return;
            }

            var allPods = new NamespaceLister<Pod>(_podIndexer, ns).List();
            var filteredPods = FilterActivePods(allPods);
            filteredPods = await ClaimPodsAsync(rs, selector, filteredPods, cancellationToken).ConfigureAwait(false);

            Exception? manageReplicasError = null;
            if (rsNeedsSync && rs.Metadata.DeletionTimestamp is null)
            {
                manageReplicasError = await ManageReplicasAsync(filteredPods, rs, cancellationToken).ConfigureAwait(false);
            }

            rs = ObjectCopy.DeepCopy(rs);
            var newStatus = ReplicaSetStatusUtil.CalculateStatus(rs, filteredPods, manageReplicasError, _time.GetUtcNow());
            var updated = await ReplicaSetStatusUtil.UpdateReplicaSetStatusAsync(_client, rs, newStatus, cancellationToken).ConfigureAwait(false);

            // Pods ready but not yet available become available minReadySeconds from now: look again then.
            var replicas = updated.Spec.Replicas ?? 1;
            if (manageReplicasError is null && updated.Spec.MinReadySeconds is > 0 and var minReady
                && (updated.Status.ReadyReplicas ?? 0) == replicas && (updated.Status.AvailableReplicas ?? 0) != replicas)
            {
                Queue.AddAfter(key, TimeSpan.FromSeconds(minReady));
            }

            if (manageReplicasError is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(manageReplicasError);
            }
        }
        finally
        {
            if (_logger.IsEnabled(LogLevel.Trace))
            {
                var elapsed = _time.GetElapsedTime(start).TotalMilliseconds;
                LogFinishedSync(key, elapsed);
            }
        }
    }

    /// <summary>Creates or deletes pods so that the active ones number spec.replicas; returns the error to requeue with.</summary>
    private async Task<Exception?> ManageReplicasAsync(List<Pod> activePods, V1ReplicaSet rs, CancellationToken cancellationToken)
    {
        var diff = activePods.Count - (rs.Spec.Replicas ?? 1);
        var key = ControllerUtil.KeyFunc(rs);
        if (diff < 0)
        {
            diff = Math.Min(-diff, _burstReplicas);

            // Expect the creations before making them: the informer may report a pod before CreateAsync returns.
            Expectations.ExpectCreations(key, diff);
            LogTooFew(key, rs.Spec.Replicas ?? 1, diff);
            var controllerRef = ControllerRefs.NewControllerRef(rs, ControllerKind);
            var (successes, error) = await ControllerUtil.SlowStartBatchAsync(diff, ControllerUtil.SlowStartInitialBatchSize, async () =>
            {
                try
                {
                    await _podControl.CreatePodsAsync(rs.Metadata.Namespace ?? "", rs.Spec.Template, rs, controllerRef, cancellationToken).ConfigureAwait(false);
                }
                catch (ApiException createError) when (RealPodControl.HasStatusCause(createError, RealPodControl.NamespaceTerminatingCause))
                {
                    // The namespace is going away; nothing to retry.
                }
            }).ConfigureAwait(false);

            // Creations skipped after a failed batch will never be observed: stop expecting them.
            for (var skipped = diff - successes; skipped > 0; skipped--)
            {
                Expectations.CreationObserved(key);
            }

            return error;
        }

        if (diff > 0)
        {
            diff = Math.Min(diff, _burstReplicas);
            LogTooMany(key, rs.Spec.Replicas ?? 1, diff);
            var relatedPods = GetIndirectlyRelatedPods(rs);
            var podsToDelete = GetPodsToDelete(activePods, relatedPods, diff, _time.GetUtcNow());
            Expectations.ExpectDeletions(key, podsToDelete.ConvertAll(ControllerUtil.KeyFunc));

            var errors = await Task.WhenAll(podsToDelete.Select(async pod =>
            {
                try
                {
                    await _podControl.DeletePodAsync(rs.Metadata.Namespace ?? "", pod.Metadata.Name ?? "", rs, cancellationToken).ConfigureAwait(false);
                    return null;
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // The deletion will not be observed: stop expecting it. A pod already gone is no error.
                    Expectations.DeletionObserved(key, ControllerUtil.KeyFunc(pod));
                    return ApiErrors.IsNotFound(error) ? null : error;
                }
            })).ConfigureAwait(false);
            return errors.FirstOrDefault(error => error is not null);
        }

        return null;
    }

    /// <summary>
    /// The <paramref name="diff"/> pods to delete, best candidates first (upstream's getPodsToDelete): ranked by
    /// how many pods related through the same owner share each pod's node, then by <see cref="ActivePodsWithRanks"/>.
    /// </summary>
    internal static List<Pod> GetPodsToDelete(List<Pod> filteredPods, List<Pod> relatedPods, int diff, DateTimeOffset now)
    {
        if (diff >= filteredPods.Count)
        {
            return [.. filteredPods.Take(diff)];
        }

        var podsOnNode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pod in relatedPods)
        {
            if (PodUtil.IsPodActive(pod))
            {
                var node = pod.Spec.NodeName ?? "";
                podsOnNode[node] = podsOnNode.GetValueOrDefault(node) + 1;
            }
        }

        var ranks = filteredPods.ConvertAll(pod => podsOnNode.GetValueOrDefault(pod.Spec.NodeName ?? ""));
        return [.. new ActivePodsWithRanks(filteredPods, ranks, now).Sorted().Take(diff)];
    }

    /// <summary>
    /// Pods of every ReplicaSet that shares this one's controller (the other ReplicaSets of its Deployment),
    /// or just this one's when it has no controller (upstream's getIndirectlyRelatedPods).
    /// </summary>
    private List<Pod> GetIndirectlyRelatedPods(V1ReplicaSet rs)
    {
        var related = new List<Pod>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relatedRs in GetReplicaSetsWithSameController(rs))
        {
            if (!LabelSelectors.TryToSelector(relatedRs.Spec.Selector, out var selector, out _))
            {
                continue;
            }

            foreach (var pod in new NamespaceLister<Pod>(_podIndexer, rs.Metadata.Namespace ?? "").List(selector))
            {
                if (seen.Add(pod.Metadata.Uid ?? pod.Metadata.Name ?? ""))
                {
                    related.Add(pod);
                }
            }
        }

        return related;
    }

    private List<V1ReplicaSet> GetReplicaSetsWithSameController(V1ReplicaSet rs)
    {
        if (ControllerRefs.GetControllerOf(rs) is not { } controllerRef)
        {
            return [rs];
        }

        var result = new List<V1ReplicaSet>();
        foreach (var candidate in new NamespaceLister<V1ReplicaSet>(_rsIndexer, rs.Metadata.Namespace ?? "").List())
        {
            if (ControllerRefs.GetControllerOf(candidate)?.Uid == controllerRef.Uid)
            {
                result.Add(candidate);
            }
        }

        return result;
    }

    /// <summary>Adopts matching orphans and releases owned pods that stopped matching; returns the pods the ReplicaSet owns.</summary>
    private async Task<List<Pod>> ClaimPodsAsync(V1ReplicaSet rs, Selector selector, List<Pod> filteredPods, CancellationToken cancellationToken)
    {
        var manager = new ControllerRefManager<Pod>(
            rs,
            ControllerKind,
            selector,
            async token =>
            {
                // Adopt only if the ReplicaSet is still there, the same one, and not being deleted (upstream's RecheckDeletionTimestamp).
                var fresh = await _client.Resource<V1ReplicaSet>().Namespace(rs.Metadata.Namespace ?? "").GetAsync(rs.Metadata.Name ?? "", token).ConfigureAwait(false);
                if (fresh.Metadata.Uid != rs.Metadata.Uid)
                {
                    throw new InvalidOperationException($"original ReplicaSet {rs.Metadata.Namespace}/{rs.Metadata.Name} is gone: got uid {fresh.Metadata.Uid}, wanted {rs.Metadata.Uid}");
                }

                if (fresh.Metadata.DeletionTimestamp is { } deleted)
                {
                    throw new InvalidOperationException($"{rs.Metadata.Namespace}/{rs.Metadata.Name} has just been deleted at {deleted:O}");
                }
            },
            (pod, patch, token) => _podControl.PatchPodAsync(pod.Metadata.Namespace ?? "", pod.Metadata.Name ?? "", patch, token));
        var (claimed, errors) = await manager.ClaimAsync(filteredPods, null, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            throw errors.Count == 1 ? errors[0] : new AggregateException(errors);
        }

        return claimed;
    }

    internal static List<Pod> FilterActivePods(IReadOnlyList<Pod> pods)
    {
        var result = new List<Pod>(pods.Count);
        foreach (var pod in pods)
        {
            if (PodUtil.IsPodActive(pod))
            {
                result.Add(pod);
            }
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "ReplicaSet {Key} has been deleted")]
    private partial void LogDeleted(string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ReplicaSet {Key} has an invalid selector: {Error}")]
    private partial void LogBadSelector(string key, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Too few replicas for ReplicaSet {Key}: need {Replicas}, creating {Creating}")]
    private partial void LogTooFew(string key, int replicas, int creating);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Too many replicas for ReplicaSet {Key}: need {Replicas}, deleting {Deleting}")]
    private partial void LogTooMany(string key, int replicas, int deleting);

    [LoggerMessage(Level = LogLevel.Trace, Message = "Finished syncing ReplicaSet {Key} in {Milliseconds} ms")]
    private partial void LogFinishedSync(string key, double milliseconds);
}
