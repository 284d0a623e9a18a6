using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>A subset of a node selector term over labels only (StorageClass allowedTopologies).</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class TopologySelectorTerm : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<TopologySelectorLabelRequirement>? MatchLabelExpressions { get; set; }
}
