using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>Deprecated since v1.19: the health of a control plane component (cluster-scoped).</summary>
[Kind("", "v1", "ComponentStatus")]
public sealed class ComponentStatus : KubeObject
{
    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("type")]
    public List<ComponentCondition>? Conditions { get; set; }
}
