namespace KubeSharp.Api.Meta.V1;

/// <summary>How a delete propagates to dependents (upstream's DeletionPropagation).</summary>
public static class DeletionPropagation
{
    /// <summary>Dependents are left without their owner.</summary>
    public const string Orphan = "Orphan";

    /// <summary>The object goes at once; the garbage collector deletes dependents afterwards.</summary>
    public const string Background = "Background";

    /// <summary>The object stays (with the foregroundDeletion finalizer) until its blocking dependents are gone.</summary>
    public const string Foreground = "Foreground";
}
