using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Client.Informers;
using KubeSharp.Machinery.Labels;
using V1Deployment = KubeSharp.Api.Apps.V1.Deployment;
using V1ReplicaSet = KubeSharp.Api.Apps.V1.ReplicaSet;

namespace KubeSharp.Controllers.Deployment;

/// <summary>Informer handlers: which Deployment a ReplicaSet or pod change wakes (upstream's addReplicaSet, …).</summary>
public sealed partial class DeploymentController
{
    internal void EnqueueDeployment(V1Deployment d) => Queue.Add(ControllerUtil.KeyFunc(d));

    internal void AddReplicaSet(V1ReplicaSet rs)
    {
        if (rs.Metadata.DeletionTimestamp is not null)
        {
            DeleteReplicaSet(rs);
            return;
        }

        if (ControllerRefs.GetControllerOf(rs) is { } controllerRef)
        {
            if (ResolveControllerRef(rs.Metadata.Namespace, controllerRef) is { } owner)
            {
                EnqueueDeployment(owner);
            }

            return;
        }

        foreach (var d in GetDeploymentsForReplicaSet(rs))
        {
            EnqueueDeployment(d);
        }
    }

    private void UpdateReplicaSet(V1ReplicaSet oldRs, V1ReplicaSet curRs)
    {
        if (curRs.Metadata.ResourceVersion == oldRs.Metadata.ResourceVersion)
        {
            return;
        }

        var curRef = ControllerRefs.GetControllerOf(curRs);
        var oldRef = ControllerRefs.GetControllerOf(oldRs);
        var refChanged = curRef?.Uid != oldRef?.Uid;
        if (refChanged && oldRef is not null && ResolveControllerRef(oldRs.Metadata.Namespace, oldRef) is { } oldOwner)
        {
            EnqueueDeployment(oldOwner);
        }

        if (curRef is not null)
        {
            if (ResolveControllerRef(curRs.Metadata.Namespace, curRef) is { } owner)
            {
                EnqueueDeployment(owner);
            }

            return;
        }

        var labelChanged = !ControllerUtil.LabelsEqual(curRs.Metadata.Labels, oldRs.Metadata.Labels);
        if (labelChanged || refChanged)
        {
            foreach (var d in GetDeploymentsForReplicaSet(curRs))
            {
                EnqueueDeployment(d);
            }
        }
    }

    private void DeleteReplicaSet(object obj)
    {
        if (Cache.DeletedObject<V1ReplicaSet>(obj) is { } rs && ControllerRefs.GetControllerOf(rs) is { } controllerRef
            && ResolveControllerRef(rs.Metadata.Namespace, controllerRef) is { } owner)
        {
            EnqueueDeployment(owner);
        }
    }

    /// <summary>A Recreate Deployment waits for its old pods to be gone; the last one going wakes it.</summary>
    private void DeletePod(object obj)
    {
        if (Cache.DeletedObject<Pod>(obj) is not { } pod || ControllerRefs.GetControllerOf(pod) is not { Kind: "ReplicaSet" } podRef)
        {
            return;
        }

        var rs = _rsInformer.Indexer.GetByKey(pod.Metadata.Namespace + "/" + podRef.Name);
        if (rs is null || rs.Metadata.Uid != podRef.Uid || ControllerRefs.GetControllerOf(rs) is not { } rsRef
            || ResolveControllerRef(rs.Metadata.Namespace, rsRef) is not { } d
            || d.Spec.Strategy.Type != Api.Apps.V1.DeploymentStrategyType.Recreate)
        {
            return;
        }

        var rsList = ReplicaSetsOwnedBy(d);
        var podMap = GetPodMapForDeployment(d, rsList);
        if (podMap.Values.Sum(pods => pods.Count) == 0)
        {
            EnqueueDeployment(d);
        }
    }

    private V1Deployment? ResolveControllerRef(string? ns, OwnerReference controllerRef)
    {
        if (controllerRef.Kind != ControllerKind.Kind)
        {
            return null;
        }

        var d = _dInformer.Indexer.GetByKey(ns + "/" + controllerRef.Name);
        return d is not null && d.Metadata.Uid == controllerRef.Uid ? d : null;
    }

    /// <summary>Deployments in the ReplicaSet's namespace whose selector matches its labels.</summary>
    private List<V1Deployment> GetDeploymentsForReplicaSet(V1ReplicaSet rs)
    {
        var result = new List<V1Deployment>();
        if (rs.Metadata.Labels is not { Count: > 0 })
        {
            return result;
        }

        foreach (var d in new NamespaceLister<V1Deployment>(_dInformer.Indexer, rs.Metadata.Namespace ?? "").List())
        {
            if (LabelSelectors.TryToSelector(d.Spec.Selector, out var selector, out _) && !selector.IsEmpty && selector.Matches(rs.Metadata.Labels))
            {
                result.Add(d);
            }
        }

        return result;
    }

    private List<V1ReplicaSet> ReplicaSetsOwnedBy(V1Deployment d) =>
        [.. new NamespaceLister<V1ReplicaSet>(_rsInformer.Indexer, d.Metadata.Namespace ?? "").List()
            .Where(rs => ControllerRefs.GetControllerOf(rs)?.Uid == d.Metadata.Uid)];

    /// <summary>The Deployment's pods grouped by the UID of the ReplicaSet controlling them (upstream's getPodMapForDeployment).</summary>
    private Dictionary<string, List<Pod>> GetPodMapForDeployment(V1Deployment d, List<V1ReplicaSet> rsList)
    {
        var podMap = rsList.ToDictionary(rs => rs.Metadata.Uid ?? "", _ => new List<Pod>(), StringComparer.Ordinal);
        if (!LabelSelectors.TryToSelector(d.Spec.Selector, out var selector, out _))
        {
            return podMap;
        }

        foreach (var pod in new NamespaceLister<Pod>(_podInformer.Indexer, d.Metadata.Namespace ?? "").List(selector))
        {
            if (ControllerRefs.GetControllerOf(pod) is { } podRef && podMap.TryGetValue(podRef.Uid, out var pods))
            {
                pods.Add(pod);
            }
        }

        return podMap;
    }
}
