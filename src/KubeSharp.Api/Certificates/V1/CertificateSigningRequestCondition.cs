namespace KubeSharp.Api.Certificates.V1;

public sealed class CertificateSigningRequestCondition : KubeModel
{
    /// <summary>See <see cref="RequestConditionType"/>.</summary>
    public string Type { get; set; } = "";

    /// <summary>"True", "False" or "Unknown".</summary>
    public string Status { get; set; } = "";

    public string? Reason { get; set; }

    public string? Message { get; set; }

    public DateTimeOffset? LastUpdateTime { get; set; }

    public DateTimeOffset? LastTransitionTime { get; set; }
}
