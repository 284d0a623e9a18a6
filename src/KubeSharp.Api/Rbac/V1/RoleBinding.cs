using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Rbac.V1;

/// <summary>Grants a Role or ClusterRole to subjects within the binding's namespace.</summary>
[Kind("rbac.authorization.k8s.io", "v1", "RoleBinding")]
public sealed class RoleBinding : KubeObject
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<Subject>? Subjects { get; set; }

    public RoleRef RoleRef { get; set; } = new();
}
