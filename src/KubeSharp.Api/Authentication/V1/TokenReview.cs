namespace KubeSharp.Api.Authentication.V1;

/// <summary>Asks the API server to authenticate a bearer token (create-only, never stored).</summary>
[Kind("authentication.k8s.io", "v1", "TokenReview")]
public sealed class TokenReview : KubeObject
{
    public TokenReviewSpec Spec { get; set; } = new();

    public TokenReviewStatus Status { get; set; } = new();
}
