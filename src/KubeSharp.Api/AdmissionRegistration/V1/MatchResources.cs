using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.AdmissionRegistration.V1;

/// <summary>Which requests a policy or binding applies to; exclusions win over inclusions.</summary>
[StructType(StructTypeAttribute.Atomic)]
public sealed class MatchResources : KubeModel
{
    public LabelSelector? NamespaceSelector { get; set; }

    public LabelSelector? ObjectSelector { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<NamedRuleWithOperations>? ResourceRules { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<NamedRuleWithOperations>? ExcludeResourceRules { get; set; }

    public string? MatchPolicy { get; set; }
}
