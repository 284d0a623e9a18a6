using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Meta.V1;

/// <summary>Options of a patch call, a superset of <see cref="UpdateOptions"/>.</summary>
[Kind("meta.k8s.io", "v1", "PatchOptions")]
public sealed class PatchOptions : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? DryRun { get; set; }

    /// <summary>Lets an apply take over fields other managers own; must be unset for other patch types.</summary>
    public bool? Force { get; set; }

    /// <summary>Required for apply patches.</summary>
    public string? FieldManager { get; set; }

    /// <summary>One of <see cref="Meta.V1.FieldValidation"/>.</summary>
    public string? FieldValidation { get; set; }
}
