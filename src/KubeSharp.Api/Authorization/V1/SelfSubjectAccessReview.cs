namespace KubeSharp.Api.Authorization.V1;

/// <summary>Asks whether the caller may perform an action; an empty spec.resourceAttributes.namespace means all namespaces.</summary>
[Kind("authorization.k8s.io", "v1", "SelfSubjectAccessReview")]
public sealed class SelfSubjectAccessReview : KubeObject
{
    public SelfSubjectAccessReviewSpec Spec { get; set; } = new();

    public SubjectAccessReviewStatus Status { get; set; } = new();
}
