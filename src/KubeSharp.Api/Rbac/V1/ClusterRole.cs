using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Rbac.V1;

/// <summary>A cluster-wide set of rules, granted by a RoleBinding (in one namespace) or a ClusterRoleBinding.</summary>
[Kind("rbac.authorization.k8s.io", "v1", "ClusterRole")]
public sealed class ClusterRole : KubeObject
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<PolicyRule> Rules { get; set; } = [];

    /// <summary>When set, the clusterrole-aggregation controller owns Rules and fills them from matching ClusterRoles.</summary>
    public AggregationRule? AggregationRule { get; set; }
}
