using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Authentication.V1;

public sealed class TokenReviewStatus : KubeModel
{
    public bool? Authenticated { get; set; }

    public UserInfo User { get; set; } = new();

    /// <summary>The audiences, of those requested, the token is valid for.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Audiences { get; set; }

    public string? Error { get; set; }
}
