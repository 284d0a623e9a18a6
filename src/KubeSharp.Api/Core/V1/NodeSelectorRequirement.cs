using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>A requirement on one node label or field.</summary>
public sealed class NodeSelectorRequirement : KubeModel
{
    public string Key { get; set; } = "";

    /// <summary>One of <see cref="NodeSelectorOperator"/>.</summary>
    public string Operator { get; set; } = "";

    /// <summary>Non-empty for In/NotIn, empty for Exists/DoesNotExist, one integer for Gt/Lt.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Values { get; set; }
}
