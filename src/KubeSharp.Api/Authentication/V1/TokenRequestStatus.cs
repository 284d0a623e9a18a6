using System.Text.Json.Serialization;

namespace KubeSharp.Api.Authentication.V1;

public sealed class TokenRequestStatus : KubeModel
{
    public string Token { get; set; } = "";

    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? ExpirationTimestamp { get; set; }
}
