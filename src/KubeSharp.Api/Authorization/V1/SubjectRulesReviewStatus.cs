using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Authorization.V1;

/// <summary>The caller's rules; possibly incomplete when an authorizer cannot list rules.</summary>
public sealed class SubjectRulesReviewStatus : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<ResourceRule> ResourceRules { get; set; } = [];

    [ListType(ListTypeAttribute.Atomic)]
    public List<NonResourceRule> NonResourceRules { get; set; } = [];

    public bool Incomplete { get; set; }

    public string? EvaluationError { get; set; }
}
