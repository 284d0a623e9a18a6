using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Rbac.V1;

/// <summary>Selects the ClusterRoles whose rules are aggregated into a ClusterRole.</summary>
public sealed class AggregationRule : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<LabelSelector>? ClusterRoleSelectors { get; set; }
}
