using KubeSharp.Api.Fields;

namespace KubeSharp.Api.AdmissionRegistration.V1;

/// <summary>A RuleWithOperations narrowed to resource names; upstream embeds RuleWithOperations inline.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class NamedRuleWithOperations : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? ResourceNames { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Operations { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? APIGroups { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? APIVersions { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Resources { get; set; }

    public string? Scope { get; set; }
}
