namespace KubeSharp.Api.Authorization.V1;

/// <summary>Lists what the caller may do in a namespace, for UIs; not for authorization decisions.</summary>
[Kind("authorization.k8s.io", "v1", "SelfSubjectRulesReview")]
public sealed class SelfSubjectRulesReview : KubeObject
{
    public SelfSubjectRulesReviewSpec Spec { get; set; } = new();

    public SubjectRulesReviewStatus Status { get; set; } = new();
}
