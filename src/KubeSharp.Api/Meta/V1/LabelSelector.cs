using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Meta.V1;

/// <summary>
/// A label query: matchLabels and matchExpressions are ANDed. An empty selector matches everything, a null
/// selector matches nothing.
/// </summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class LabelSelector : KubeModel
{
    public Dictionary<string, string>? MatchLabels { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<LabelSelectorRequirement>? MatchExpressions { get; set; }
}
