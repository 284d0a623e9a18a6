using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The AND of scope requirements.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class ScopeSelector : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<ScopedResourceSelectorRequirement>? MatchExpressions { get; set; }
}
