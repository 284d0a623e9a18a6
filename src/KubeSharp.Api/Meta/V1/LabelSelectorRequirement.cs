using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Meta.V1;

/// <summary>One requirement of a <see cref="LabelSelector"/>: a key, an operator and (for In/NotIn) values.</summary>
public sealed class LabelSelectorRequirement : KubeModel
{
    public string Key { get; set; } = "";

    /// <summary>One of <see cref="LabelSelectorOperator"/>.</summary>
    public string Operator { get; set; } = "";

    /// <summary>Replaced whole by a strategic merge patch.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Values { get; set; }
}
