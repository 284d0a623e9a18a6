using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>A requirement on a quota scope.</summary>
public sealed class ScopedResourceSelectorRequirement : KubeModel
{
    /// <summary>One of <see cref="ResourceQuotaScope"/>.</summary>
    public string ScopeName { get; set; } = "";

    /// <summary>One of <see cref="ScopeSelectorOperator"/>.</summary>
    public string Operator { get; set; } = "";

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Values { get; set; }
}
