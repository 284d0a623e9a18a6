using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Rbac.V1;

/// <summary>The role a binding grants; immutable once the binding exists.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class RoleRef : KubeModel
{
    public string APIGroup { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";
}
