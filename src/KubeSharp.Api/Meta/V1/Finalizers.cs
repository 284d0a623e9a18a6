namespace KubeSharp.Api.Meta.V1;

/// <summary>Finalizers the API machinery itself understands (upstream's FinalizerOrphanDependents/DeleteDependents).</summary>
public static class Finalizers
{
    public const string OrphanDependents = "orphan";
    public const string DeleteDependents = "foregroundDeletion";
}
