using System.Text.Json.Serialization;

namespace KubeSharp.Api.Certificates.V1;

public sealed class CertificateSigningRequestCondition : KubeModel
{
    /// <summary>See <see cref="RequestConditionType"/>.</summary>
    public string Type { get; set; } = "";

    /// <summary>"True", "False" or "Unknown".</summary>
    public string Status { get; set; } = "";

    public string? Reason { get; set; }

    public string? Message { get; set; }

    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? LastUpdateTime { get; set; }

    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? LastTransitionTime { get; set; }
}
