using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Certificates.V1;

/// <summary>Conditions (Approved, Denied, Failed) and the issued certificate.</summary>
public sealed class CertificateSigningRequestStatus : KubeModel
{
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("type")]
    public List<CertificateSigningRequestCondition>? Conditions { get; set; }

    /// <summary>PEM "CERTIFICATE" blocks issued by the signer (base64 again on the wire).</summary>
    public byte[]? Certificate { get; set; }
}
