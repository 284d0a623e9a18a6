namespace KubeSharp.Api.Authorization.V1;

/// <summary>A SubjectAccessReview scoped to the namespace it is created in.</summary>
[Kind("authorization.k8s.io", "v1", "LocalSubjectAccessReview")]
public sealed class LocalSubjectAccessReview : KubeObject
{
    public SubjectAccessReviewSpec Spec { get; set; } = new();

    public SubjectAccessReviewStatus Status { get; set; } = new();
}
