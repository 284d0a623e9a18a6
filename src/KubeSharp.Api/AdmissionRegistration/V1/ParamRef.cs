using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.AdmissionRegistration.V1;

/// <summary>Locates the parameter objects of a binding: by name, or by selector ({} selects all).</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class ParamRef : KubeModel
{
    public string? Name { get; set; }

    public string? Namespace { get; set; }

    public LabelSelector? Selector { get; set; }

    /// <summary>See <see cref="ParameterNotFoundActionType"/>.</summary>
    public string? ParameterNotFoundAction { get; set; }
}
