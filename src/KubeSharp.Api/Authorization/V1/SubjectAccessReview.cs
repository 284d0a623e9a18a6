namespace KubeSharp.Api.Authorization.V1;

/// <summary>Asks whether a user or group may perform an action (create-only, never stored).</summary>
[Kind("authorization.k8s.io", "v1", "SubjectAccessReview")]
public sealed class SubjectAccessReview : KubeObject
{
    public SubjectAccessReviewSpec Spec { get; set; } = new();

    public SubjectAccessReviewStatus Status { get; set; } = new();
}
