namespace KubeSharp.Api.Certificates.V1;

/// <summary>A request for an x509 certificate from a named signer, approved and issued asynchronously.</summary>
[Kind("certificates.k8s.io", "v1", "CertificateSigningRequest")]
public sealed class CertificateSigningRequest : KubeObject
{
    public CertificateSigningRequestSpec Spec { get; set; } = new();

    public CertificateSigningRequestStatus Status { get; set; } = new();
}
