namespace KubeSharp.Api.Authentication.V1;

/// <summary>Returns the user information the API server has about the caller (create-only, never stored).</summary>
[Kind("authentication.k8s.io", "v1", "SelfSubjectReview")]
public sealed class SelfSubjectReview : KubeObject
{
    public SelfSubjectReviewStatus Status { get; set; } = new();
}
