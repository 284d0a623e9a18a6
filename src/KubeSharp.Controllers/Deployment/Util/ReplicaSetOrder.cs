using V1ReplicaSet = KubeSharp.Api.Apps.V1.ReplicaSet;

namespace KubeSharp.Controllers.Deployment.Util;

/// <summary>The ReplicaSet orderings upstream sorts by (controller_utils.go and deployment_util.go).</summary>
public static class ReplicaSetOrder
{
    /// <summary>Older first; same time by name (ReplicaSetsByCreationTimestamp).</summary>
    public static IComparer<V1ReplicaSet> ByCreationTimestamp { get; } = Comparer<V1ReplicaSet>.Create(CompareCreation);

    /// <summary>Lower revision first, then older (ReplicaSetsByRevision).</summary>
    public static IComparer<V1ReplicaSet> ByRevision { get; } = Comparer<V1ReplicaSet>.Create((a, b) =>
    {
        var byRevision = DeploymentUtil.Revision(a).CompareTo(DeploymentUtil.Revision(b));
        return byRevision != 0 ? byRevision : CompareCreation(a, b);
    });

    /// <summary>Larger first; same size older first (ReplicaSetsBySizeOlder, for scaling down).</summary>
    public static IComparer<V1ReplicaSet> BySizeOlder { get; } = Comparer<V1ReplicaSet>.Create((a, b) =>
    {
        var bySize = DeploymentUtil.Replicas(b).CompareTo(DeploymentUtil.Replicas(a));
        return bySize != 0 ? bySize : CompareCreation(a, b);
    });

    /// <summary>Larger first; same size newer first (ReplicaSetsBySizeNewer, for scaling up).</summary>
    public static IComparer<V1ReplicaSet> BySizeNewer { get; } = Comparer<V1ReplicaSet>.Create((a, b) =>
    {
        var bySize = DeploymentUtil.Replicas(b).CompareTo(DeploymentUtil.Replicas(a));
        return bySize != 0 ? bySize : CompareCreation(b, a);
    });

    private static int CompareCreation(V1ReplicaSet a, V1ReplicaSet b)
    {
        var at = a.Metadata.CreationTimestamp ?? DateTimeOffset.MinValue;
        var bt = b.Metadata.CreationTimestamp ?? DateTimeOffset.MinValue;
        return at == bt ? string.CompareOrdinal(a.Metadata.Name, b.Metadata.Name) : at.CompareTo(bt);
    }
}
