using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Rbac.V1;

/// <summary>Grants a ClusterRole to subjects cluster-wide.</summary>
[Kind("rbac.authorization.k8s.io", "v1", "ClusterRoleBinding")]
public sealed class ClusterRoleBinding : KubeObject
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<Subject>? Subjects { get; set; }

    public RoleRef RoleRef { get; set; } = new();
}
