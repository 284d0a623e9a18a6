using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Authentication.V1;

public sealed class TokenReviewSpec : KubeModel
{
    public string? Token { get; set; }

    /// <summary>Audiences the token must be valid for; empty means the API server's own audiences.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Audiences { get; set; }
}
