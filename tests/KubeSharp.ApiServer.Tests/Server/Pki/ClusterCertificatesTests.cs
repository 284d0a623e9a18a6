using System.Net;
using System.Security.Cryptography.X509Certificates;
using KubeSharp.ApiServer.Authentication;
using KubeSharp.Server.Pki;

namespace KubeSharp.ApiServer.Tests.Server.Pki;

public sealed class ClusterCertificatesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kubesharp-pki-test-").FullName;

    [Fact]
    public void LoadOrCreate_FirstStart_GeneratesServingCertWithClusterNames()
    {
        var names = ServingNames.ForThisHost(IPAddress.Parse("10.43.0.1"), IPAddress.Any);

        using var certificates = ClusterCertificates.LoadOrCreate(_directory, names, TimeProvider.System);

        var san = certificates.Serving.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        var dns = san.EnumerateDnsNames().ToList();
        var ips = san.EnumerateIPAddresses().ToList();
        foreach (var name in new[] { "localhost", "kubernetes", "kubernetes.default", "kubernetes.default.svc", "kubernetes.default.svc.cluster.local" })
        {
            Assert.Contains(name, dns);
        }

        Assert.Contains(System.Net.Dns.GetHostName().ToLowerInvariant(), dns);
        Assert.Contains(IPAddress.Loopback, ips);
        Assert.Contains(IPAddress.Parse("10.43.0.1"), ips);
        Assert.Equal(certificates.Authority.Certificate.Subject, certificates.Serving.Issuer);
    }

    [Fact]
    public void LoadOrCreate_AdminCertificate_IsSystemMasters()
    {
        using var certificates = ClusterCertificates.LoadOrCreate(_directory, Names(), TimeProvider.System);

        Assert.Equal("system:admin", certificates.AdminClient.GetNameInfo(X509NameType.SimpleName, false));
        Assert.Equal(["system:masters"], X509Authenticator.Organizations(certificates.AdminClient.SubjectName));
    }

    [Fact]
    public void LoadOrCreate_SecondStart_ReusesEverything()
    {
        string ca, serving, admin;
        using (var first = ClusterCertificates.LoadOrCreate(_directory, Names(), TimeProvider.System))
        {
            (ca, serving, admin) = (first.Authority.Certificate.Thumbprint, first.Serving.Thumbprint, first.AdminClient.Thumbprint);
        }

        using var second = ClusterCertificates.LoadOrCreate(_directory, Names(), TimeProvider.System);

        Assert.Equal(ca, second.Authority.Certificate.Thumbprint);
        Assert.Equal(serving, second.Serving.Thumbprint);
        Assert.Equal(admin, second.AdminClient.Thumbprint);
        Assert.True(second.Serving.HasPrivateKey);
    }

    [Fact]
    public void LoadOrCreate_NewAddress_ReissuesServingCertOnly()
    {
        string ca, serving;
        using (var first = ClusterCertificates.LoadOrCreate(_directory, Names(), TimeProvider.System))
        {
            (ca, serving) = (first.Authority.Certificate.Thumbprint, first.Serving.Thumbprint);
        }

        var moreNames = new ServingNames(["localhost"], [IPAddress.Loopback, IPAddress.Parse("192.0.2.7")]);
        using var second = ClusterCertificates.LoadOrCreate(_directory, moreNames, TimeProvider.System);

        Assert.Equal(ca, second.Authority.Certificate.Thumbprint);
        Assert.NotEqual(serving, second.Serving.Thumbprint);
        Assert.True(moreNames.AreCoveredBy(second.Serving));
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void LoadOrCreate_KeysAreOwnerOnly()
    {
        using var certificates = ClusterCertificates.LoadOrCreate(_directory, Names(), TimeProvider.System);

        foreach (var key in Directory.GetFiles(_directory, "*.key"))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
        }
    }

    [Fact]
    public void Kubeconfig_Render_EmbedsServerAndCredentials()
    {
        using var certificates = ClusterCertificates.LoadOrCreate(_directory, Names(), TimeProvider.System);

        var text = Kubeconfig.Render(new Uri("https://127.0.0.1:6443"), certificates.Authority.Certificate, certificates.AdminClient);

        Assert.Contains("    server: https://127.0.0.1:6443\n", text);
        Assert.Contains("certificate-authority-data: ", text);
        Assert.Contains("client-certificate-data: ", text);
        Assert.Contains("client-key-data: ", text);
        Assert.Contains("current-context: default\n", text);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static ServingNames Names() => new(["localhost"], [IPAddress.Loopback]);
}
