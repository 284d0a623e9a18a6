namespace KubeSharp.Api.Authorization.V1;

public sealed class SelfSubjectRulesReviewSpec : KubeModel
{
    public string? Namespace { get; set; }
}
