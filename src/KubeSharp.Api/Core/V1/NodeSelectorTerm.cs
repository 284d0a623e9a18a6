using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The AND of requirements on a node's labels and fields; an empty term matches nothing.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class NodeSelectorTerm : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<NodeSelectorRequirement>? MatchExpressions { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<NodeSelectorRequirement>? MatchFields { get; set; }
}
