using KubeSharp.Api.Fields;

namespace KubeSharp.Api.AdmissionRegistration.V1;

/// <summary>The group/version and kind of the policy's parameter resources.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class ParamKind : KubeModel
{
    public string? APIVersion { get; set; }

    public string? Kind { get; set; }
}
