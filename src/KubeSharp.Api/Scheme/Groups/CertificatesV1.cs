using KubeSharp.Api.Certificates.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>certificates.k8s.io/v1.</summary>
internal sealed class CertificatesV1 : ISchemeRegistration
{
    public void Register(SchemeBuilder scheme)
    {
        // Approval conditions are written through /approval, the issued certificate through /status.
        scheme.Add<CertificateSigningRequest>("certificatesigningrequests", ResourceScope.Cluster, shortNames: ["csr"],
            subresources: [new SubresourceMapping("approval", Verbs.GetPatchUpdate), SubresourceMapping.Status]);
    }
}
