using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace KubeSharp.Server.Pki;

/// <summary>
/// The cluster's certificate authority: a self-signed ECDSA P-256 certificate and its key, which signs the
/// API server's serving certificate and every client certificate (as k3s's server CA and client CA do).
/// </summary>
public sealed class CertificateAuthority : IDisposable
{
    /// <summary>How long a generated CA is valid; k3s uses ten years.</summary>
    public static readonly TimeSpan Validity = TimeSpan.FromDays(3650);

    private readonly ECDsa _key;

    private CertificateAuthority(X509Certificate2 certificate, ECDsa key)
    {
        Certificate = certificate;
        _key = key;
    }

    /// <summary>The CA certificate (public part only).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Generates a new CA named <paramref name="commonName"/>.</summary>
    public static CertificateAuthority Create(string commonName, TimeProvider time)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(new X500DistinguishedName("CN=" + commonName), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = time.GetUtcNow();
        using var selfSigned = request.CreateSelfSigned(now.AddMinutes(-5), now.Add(Validity));
        var certificate = X509CertificateLoader.LoadCertificate(selfSigned.RawData);
        return new CertificateAuthority(certificate, key);
    }

    /// <summary>Loads a CA written by <see cref="Save"/>.</summary>
    public static CertificateAuthority Load(string certificatePath, string keyPath)
    {
        var certificate = X509CertificateLoader.LoadCertificateFromFile(certificatePath);
        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(keyPath));
        return new CertificateAuthority(certificate, key);
    }

    /// <summary>Writes the certificate and key as PEM; the key file is readable by root only.</summary>
    public void Save(string certificatePath, string keyPath)
    {
        PemFiles.WriteCertificate(certificatePath, Certificate);
        PemFiles.WritePrivateKey(keyPath, _key);
    }

    /// <summary>
    /// Issues a leaf certificate for a fresh P-256 key. The returned certificate carries its private key.
    /// </summary>
    public X509Certificate2 Issue(
        X500DistinguishedName subject,
        CertificateUsage usage,
        TimeSpan validity,
        TimeProvider time,
        SubjectAlternativeNameBuilder? subjectAlternativeNames = null)
    {
        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, leafKey, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        var purposes = new OidCollection();
        if (usage.HasFlag(CertificateUsage.Server))
        {
            purposes.Add(new Oid("1.3.6.1.5.5.7.3.1"));
        }

        if (usage.HasFlag(CertificateUsage.Client))
        {
            purposes.Add(new Oid("1.3.6.1.5.5.7.3.2"));
        }

        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(purposes, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Certificate, true, false));
        if (subjectAlternativeNames is not null)
        {
            request.CertificateExtensions.Add(subjectAlternativeNames.Build());
        }

        var now = time.GetUtcNow();
        var notAfter = now.Add(validity);
        if (notAfter > Certificate.NotAfter)
        {
            notAfter = Certificate.NotAfter;
        }

        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F; // a positive serial number, as RFC 5280 requires
        using var issuerCopy = X509CertificateLoader.LoadCertificate(Certificate.RawData).CopyWithPrivateKey(_key);
        using var issued = request.Create(issuerCopy, now.AddMinutes(-5), notAfter, serial);
        return issued.CopyWithPrivateKey(leafKey);
    }

    public void Dispose()
    {
        Certificate.Dispose();
        _key.Dispose();
    }
}
