using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The hard limits of a quota and the objects it applies to.</summary>
public sealed class ResourceQuotaSpec : KubeModel
{
    public Dictionary<string, Quantity>? Hard { get; set; }

    /// <summary>Values of <see cref="ResourceQuotaScope"/>.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Scopes { get; set; }

    public ScopeSelector? ScopeSelector { get; set; }
}
