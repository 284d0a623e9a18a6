using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The OR of node selector terms.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class NodeSelector : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<NodeSelectorTerm> NodeSelectorTerms { get; set; } = [];
}
