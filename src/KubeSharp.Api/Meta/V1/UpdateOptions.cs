using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Meta.V1;

/// <summary>Options of an update call.</summary>
[Kind("meta.k8s.io", "v1", "UpdateOptions")]
public sealed class UpdateOptions : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? DryRun { get; set; }

    public string? FieldManager { get; set; }

    /// <summary>One of <see cref="Meta.V1.FieldValidation"/>.</summary>
    public string? FieldValidation { get; set; }
}
