using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Meta.V1;

/// <summary>A requirement on one field-selector key (used by authorization's field selector attributes).</summary>
public sealed class FieldSelectorRequirement : KubeModel
{
    public string Key { get; set; } = "";

    /// <summary>One of <see cref="FieldSelectorOperator"/>; the set may grow.</summary>
    public string Operator { get; set; } = "";

    /// <summary>Non-empty for In/NotIn, empty for Exists/DoesNotExist.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Values { get; set; }
}
