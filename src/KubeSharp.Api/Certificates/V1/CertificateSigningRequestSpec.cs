using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Certificates.V1;

/// <summary>The request itself; immutable after creation.</summary>
public sealed class CertificateSigningRequestSpec : KubeModel
{
    /// <summary>A PEM "CERTIFICATE REQUEST" block (base64 again on the wire).</summary>
    public byte[] Request { get; set; } = [];

    /// <summary>See &lt;see cref="SignerName"/&gt; for the signers kube-controller-manager knows.</summary>
    public string SignerName { get; set; } = "";

    public int? ExpirationSeconds { get; set; }

    /// <summary>Key usages requested; see &lt;see cref="KeyUsage"/&gt;.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Usages { get; set; }

    /// <summary>Set by the API server from the requesting user.</summary>
    public string? Username { get; set; }

    public string? UID { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? Groups { get; set; }

    public Dictionary<string, List<string>>? Extra { get; set; }
}
