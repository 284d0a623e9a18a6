namespace KubeSharp.Api.Authentication.V1;

/// <summary>Requests a token for a service account (the serviceaccounts/token subresource).</summary>
[Kind("authentication.k8s.io", "v1", "TokenRequest")]
public sealed class TokenRequest : KubeObject
{
    public TokenRequestSpec Spec { get; set; } = new();

    public TokenRequestStatus Status { get; set; } = new();
}
