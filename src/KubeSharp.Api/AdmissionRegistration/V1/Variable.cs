using KubeSharp.Api.Fields;

namespace KubeSharp.Api.AdmissionRegistration.V1;

/// <summary>A named CEL expression other expressions read as variables.&lt;name&gt;.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class Variable : KubeModel
{
    public string Name { get; set; } = "";

    public string Expression { get; set; } = "";
}
