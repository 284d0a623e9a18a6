namespace KubeSharp.Api.Authentication.V1;

public sealed class TokenRequestStatus : KubeModel
{
    public string Token { get; set; } = "";

    public DateTimeOffset? ExpirationTimestamp { get; set; }
}
