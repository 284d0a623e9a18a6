using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Client.Informers;
using KubeSharp.Machinery.Labels;
using V1ReplicaSet = KubeSharp.Api.Apps.V1.ReplicaSet;

namespace KubeSharp.Controllers.ReplicaSet;

/// <summary>Informer event handlers: which ReplicaSet keys a pod or ReplicaSet change queues (upstream's addPod, updatePod, …).</summary>
public sealed partial class ReplicaSetController
{
    internal void EnqueueRs(V1ReplicaSet rs) => Queue.Add(ControllerUtil.KeyFunc(rs));

    private void UpdateRs(V1ReplicaSet oldRs, V1ReplicaSet curRs)
    {
        if (oldRs.Metadata.Uid != curRs.Metadata.Uid)
        {
            // Deleted and re-created under the same name: the old one's expectations must go.
            DeleteRs(new DeletedFinalStateUnknown<V1ReplicaSet>(ControllerUtil.KeyFunc(oldRs), oldRs));
        }

        EnqueueRs(curRs);
    }

    private void DeleteRs(object obj)
    {
        if (Cache.DeletedObject<V1ReplicaSet>(obj) is not { } rs)
        {
            return;
        }

        var key = ControllerUtil.KeyFunc(rs);
        Expectations.DeleteExpectations(key);
        Queue.Add(key);
    }

    internal void AddPod(Pod pod)
    {
        if (pod.Metadata.DeletionTimestamp is not null)
        {
            // After a restart a pod may show up already being deleted: not a creation we were waiting for.
            DeletePod(pod);
            return;
        }

        if (ControllerRefs.GetControllerOf(pod) is { } controllerRef)
        {
            if (ResolveControllerRef(pod.Metadata.Namespace, controllerRef) is not { } rs)
            {
                return;
            }

            var key = ControllerUtil.KeyFunc(rs);
            Expectations.CreationObserved(key);
            Queue.Add(key);
            return;
        }

        // An orphan: wake every ReplicaSet that might adopt it.
        foreach (var rs in GetPodReplicaSets(pod))
        {
            EnqueueRs(rs);
        }
    }

    internal void UpdatePod(Pod oldPod, Pod curPod)
    {
        if (curPod.Metadata.ResourceVersion == oldPod.Metadata.ResourceVersion)
        {
            // A periodic resync: nothing changed.
            return;
        }

        var labelChanged = !ControllerUtil.LabelsEqual(curPod.Metadata.Labels, oldPod.Metadata.Labels);
        if (curPod.Metadata.DeletionTimestamp is not null)
        {
            // Graceful deletion started: count it as deleted now so a replacement is created without waiting.
            DeletePod(curPod);
            if (labelChanged)
            {
                DeletePod(oldPod);
            }

            return;
        }

        var curRef = ControllerRefs.GetControllerOf(curPod);
        var oldRef = ControllerRefs.GetControllerOf(oldPod);
        var refChanged = !SameRef(curRef, oldRef);
        if (refChanged && oldRef is not null && ResolveControllerRef(oldPod.Metadata.Namespace, oldRef) is { } oldRs)
        {
            EnqueueRs(oldRs);
        }

        if (curRef is not null)
        {
            if (ResolveControllerRef(curPod.Metadata.Namespace, curRef) is not { } rs)
            {
                return;
            }

            EnqueueRs(rs);

            // A pod that just became ready becomes available minReadySeconds later; look again then.
            if (!PodUtil.IsPodReady(oldPod) && PodUtil.IsPodReady(curPod) && rs.Spec.MinReadySeconds is > 0 and var minReady)
            {
                Queue.AddAfter(ControllerUtil.KeyFunc(rs), TimeSpan.FromSeconds(minReady) + TimeSpan.FromSeconds(1));
            }

            return;
        }

        if (labelChanged || refChanged)
        {
            foreach (var rs in GetPodReplicaSets(curPod))
            {
                EnqueueRs(rs);
            }
        }
    }

    internal void DeletePod(object obj)
    {
        if (Cache.DeletedObject<Pod>(obj) is not { } pod || ControllerRefs.GetControllerOf(pod) is not { } controllerRef)
        {
            return;
        }

        if (ResolveControllerRef(pod.Metadata.Namespace, controllerRef) is not { } rs)
        {
            return;
        }

        var key = ControllerUtil.KeyFunc(rs);
        Expectations.DeletionObserved(key, ControllerUtil.KeyFunc(pod));
        Queue.Add(key);
    }

    /// <summary>The ReplicaSet a controller reference names, if it is in the cache with the same UID.</summary>
    private V1ReplicaSet? ResolveControllerRef(string? ns, OwnerReference controllerRef)
    {
        if (controllerRef.Kind != ControllerKind.Kind)
        {
            return null;
        }

        var rs = _rsIndexer.GetByKey(ns + "/" + controllerRef.Name);
        return rs is not null && rs.Metadata.Uid == controllerRef.Uid ? rs : null;
    }

    /// <summary>ReplicaSets in the pod's namespace whose selector matches it (upstream's GetPodReplicaSets).</summary>
    internal List<V1ReplicaSet> GetPodReplicaSets(Pod pod)
    {
        var result = new List<V1ReplicaSet>();
        if (pod.Metadata.Labels is not { Count: > 0 })
        {
            return result;
        }

        foreach (var rs in new NamespaceLister<V1ReplicaSet>(_rsIndexer, pod.Metadata.Namespace ?? "").List())
        {
            if (!LabelSelectors.TryToSelector(rs.Spec.Selector, out var selector, out _) || selector.IsEmpty)
            {
                // An empty selector matches nothing here, as upstream: it would otherwise claim every pod.
                continue;
            }

            if (selector.Matches(pod.Metadata.Labels))
            {
                result.Add(rs);
            }
        }

        return result;
    }

    private static bool SameRef(OwnerReference? a, OwnerReference? b) =>
        a is null || b is null ? a is null && b is null : a.Uid == b.Uid && a.Name == b.Name && a.Kind == b.Kind && a.ApiVersion == b.ApiVersion;
}
