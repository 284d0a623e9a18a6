using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Meta.V1;

/// <summary>Options of a delete call, sent as the body or as query parameters.</summary>
[Kind("meta.k8s.io", "v1", "DeleteOptions")]
public sealed class DeleteOptions : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    /// <summary>Zero deletes immediately; null uses the kind's default grace period.</summary>
    public long? GracePeriodSeconds { get; set; }

    public Preconditions? Preconditions { get; set; }

    /// <summary>Deprecated in favour of <see cref="PropagationPolicy"/>.</summary>
    public bool? OrphanDependents { get; set; }

    /// <summary>One of <see cref="DeletionPropagation"/>.</summary>
    public string? PropagationPolicy { get; set; }

    /// <summary>Only "All" is valid (<see cref="Meta.V1.DryRun.All"/>).</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? DryRun { get; set; }

    /// <summary>Deletes an object that cannot be decoded or decrypted; only for objects that are corrupt in storage.</summary>
    public bool? IgnoreStoreReadErrorWithClusterBreakingPotential { get; set; }
}
