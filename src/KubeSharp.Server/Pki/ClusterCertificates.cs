using System.Security.Cryptography.X509Certificates;

namespace KubeSharp.Server.Pki;

/// <summary>
/// The certificates a server needs: the cluster CA, the API server's serving certificate and the admin
/// client certificate. The first start generates them in <c>DATA_DIR/tls</c>; later starts reuse them,
/// reissuing only a serving certificate that is close to expiry or lacks a name it must now carry (as k3s
/// does when the host gains an address).
/// </summary>
public sealed class ClusterCertificates : IDisposable
{
    /// <summary>Leaf certificates are valid for a year, as k3s's.</summary>
    public static readonly TimeSpan LeafValidity = TimeSpan.FromDays(365);

    /// <summary>A leaf certificate closer than this to expiry is reissued at start-up (k3s: 90 days).</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromDays(90);

    /// <summary>The admin user's name and group; <c>system:masters</c> is allowed everything by RBAC.</summary>
    public const string AdminUser = "system:admin";

    public const string AdminGroup = "system:masters";

    private ClusterCertificates(CertificateAuthority authority, X509Certificate2 serving, X509Certificate2 adminClient)
    {
        Authority = authority;
        Serving = serving;
        AdminClient = adminClient;
    }

    public CertificateAuthority Authority { get; }

    /// <summary>The API server's serving certificate, with its private key.</summary>
    public X509Certificate2 Serving { get; }

    /// <summary>The admin client certificate (CN=system:admin, O=system:masters), with its private key.</summary>
    public X509Certificate2 AdminClient { get; }

    /// <summary>Loads the certificates in <paramref name="tlsDir"/>, generating whatever is missing or stale.</summary>
    public static ClusterCertificates LoadOrCreate(string tlsDir, ServingNames names, TimeProvider time)
    {
        Directory.CreateDirectory(tlsDir);
        var caCert = Path.Combine(tlsDir, "ca.crt");
        var caKey = Path.Combine(tlsDir, "ca.key");
        CertificateAuthority authority;
        if (File.Exists(caCert) && File.Exists(caKey))
        {
            authority = CertificateAuthority.Load(caCert, caKey);
        }
        else
        {
            authority = CertificateAuthority.Create($"kubesharp-ca@{time.GetUtcNow().ToUnixTimeSeconds()}", time);
            authority.Save(caCert, caKey);
        }

        var serving = LoadOrIssue(
            authority,
            Path.Combine(tlsDir, "serving-kube-apiserver.crt"),
            Path.Combine(tlsDir, "serving-kube-apiserver.key"),
            time,
            existing => names.AreCoveredBy(existing),
            () => authority.Issue(
                new X500DistinguishedName("CN=kube-apiserver"),
                CertificateUsage.Server,
                LeafValidity,
                time,
                names.ToBuilder()));

        var admin = LoadOrIssue(
            authority,
            Path.Combine(tlsDir, "client-admin.crt"),
            Path.Combine(tlsDir, "client-admin.key"),
            time,
            _ => true,
            () => authority.Issue(
                new X500DistinguishedName($"O={AdminGroup}, CN={AdminUser}"),
                CertificateUsage.Client,
                LeafValidity,
                time));

        return new ClusterCertificates(authority, serving, admin);
    }

    private static X509Certificate2 LoadOrIssue(
        CertificateAuthority authority,
        string certificatePath,
        string keyPath,
        TimeProvider time,
        Func<X509Certificate2, bool> stillFits,
        Func<X509Certificate2> issue)
    {
        if (File.Exists(certificatePath) && File.Exists(keyPath))
        {
            var existing = PemFiles.LoadCertificateAndKey(certificatePath, keyPath);
            var fresh = existing.NotAfter.ToUniversalTime() - time.GetUtcNow().UtcDateTime > RenewBefore;
            if (fresh && stillFits(existing) && existing.Issuer == authority.Certificate.Subject)
            {
                return existing;
            }

            existing.Dispose();
        }

        var issued = issue();
        PemFiles.WriteCertificateAndKey(certificatePath, keyPath, issued);
        return issued;
    }

    public void Dispose()
    {
        Serving.Dispose();
        AdminClient.Dispose();
        Authority.Dispose();
    }
}
