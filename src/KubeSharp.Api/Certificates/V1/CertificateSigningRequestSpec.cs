using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Certificates.V1;

/// <summary>The request itself; immutable after creation.</summary>
public sealed class CertificateSigningRequestSpec : KubeModel
{
    /// <summary>A PEM "CERTIFICATE REQUEST" block (base64 again on the wire).</summary>
    public byte[] Request { get; set; } = [];

    /// <summary>A qualified signer name; the SignerName constants list the signers kube-controller-manager runs.</summary>
    public string SignerName { get; set; } = "";

    public int? ExpirationSeconds { get; set; }

    /// <summary>Key usages requested; see <see cref="KeyUsage"/>.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Usages { get; set; }

    /// <summary>Set by the API server from the requesting user.</summary>
    public string? Username { get; set; }

    public string? UID { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Groups { get; set; }

    public Dictionary<string, List<string>>? Extra { get; set; }
}
