using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Rbac.V1;

/// <summary>A namespaced set of rules, granted by a RoleBinding.</summary>
[Kind("rbac.authorization.k8s.io", "v1", "Role")]
public sealed class Role : KubeObject
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<PolicyRule> Rules { get; set; } = [];
}
