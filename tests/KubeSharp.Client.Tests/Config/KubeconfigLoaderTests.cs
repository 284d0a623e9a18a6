using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using KubeSharp.Client.Config;

namespace KubeSharp.Client.Tests.Config;

public sealed class KubeconfigLoaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kubesharp-kubeconfig-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (string CertPem, string KeyPem) SelfSigned(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return (certificate.ExportCertificatePem(), key.ExportECPrivateKeyPem());
    }

    private static string B64(string text) => Convert.ToBase64String(Encoding.ASCII.GetBytes(text));

    [Fact]
    public void Load_EmbeddedCertificates_CurrentContext()
    {
        var (caPem, _) = SelfSigned("CN=test-ca");
        var (certPem, keyPem) = SelfSigned("CN=admin");
        var path = Path.Combine(_directory, "config");
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: default
              cluster:
                server: https://127.0.0.1:6443
                certificate-authority-data: {B64(caPem)}
            users:
            - name: admin
              user:
                client-certificate-data: {B64(certPem)}
                client-key-data: {B64(keyPem)}
            contexts:
            - name: default
              context:
                cluster: default
                user: admin
                namespace: team-a
            current-context: default
            """);

        var config = KubeconfigLoader.Load(path);

        Assert.Equal(new Uri("https://127.0.0.1:6443"), config.Host);
        Assert.Equal("CN=test-ca", Assert.Single(config.CertificateAuthorities!).Subject);
        Assert.Equal("CN=admin", config.ClientCertificate!.Subject);
        Assert.True(config.ClientCertificate.HasPrivateKey);
        Assert.Equal("team-a", config.Namespace);
        Assert.Null(config.BearerToken);
    }

    [Fact]
    public void Load_RelativeFilesAndTokenFile_ResolvedAgainstTheKubeconfig_ContextByName()
    {
        var (caPem, _) = SelfSigned("CN=file-ca");
        Directory.CreateDirectory(Path.Combine(_directory, "pki"));
        File.WriteAllText(Path.Combine(_directory, "pki", "ca.crt"), caPem);
        File.WriteAllText(Path.Combine(_directory, "token"), "abc123\n");
        var path = Path.Combine(_directory, "config");
        File.WriteAllText(path, """
            clusters:
            - name: one
              cluster: {server: "https://one:6443", certificate-authority: pki/ca.crt}
            - name: two
              cluster: {server: "https://two:6443", insecure-skip-tls-verify: true}
            users:
            - name: robot
              user: {tokenFile: token}
            - name: basic
              user: {username: alice, password: s3cret}
            contexts:
            - name: first
              context: {cluster: one, user: robot}
            - name: second
              context: {cluster: two, user: basic}
            current-context: first
            """);

        var first = KubeconfigLoader.Load(path);
        var second = KubeconfigLoader.Load(path, "second");

        Assert.Equal("CN=file-ca", Assert.Single(first.CertificateAuthorities!).Subject);
        Assert.Equal("abc123", first.BearerToken);
        Assert.Equal(Path.Combine(_directory, "token"), first.BearerTokenFile);
        Assert.Equal("default", first.Namespace);
        Assert.Equal("https://two:6443/", second.Host.ToString());
        Assert.True(second.Insecure);
        Assert.Equal(("alice", "s3cret"), (second.Username, second.Password));
    }

    [Fact]
    public void Load_KubeconfigVariable_MergedFirstFileWins()
    {
        var a = Path.Combine(_directory, "a");
        var b = Path.Combine(_directory, "b");
        File.WriteAllText(a, """
            clusters: [{name: c, cluster: {server: "https://from-a"}}]
            contexts: [{name: x, context: {cluster: c}}]
            """);
        File.WriteAllText(b, """
            clusters: [{name: c, cluster: {server: "https://from-b"}}, {name: d, cluster: {server: "https://d"}}]
            contexts: [{name: y, context: {cluster: d}}]
            current-context: x
            """);
        var environment = new Dictionary<string, string> { ["KUBECONFIG"] = a + ":" + b + ":" + Path.Combine(_directory, "missing") };

        var config = KubeconfigLoader.Load(environment: name => environment.GetValueOrDefault(name));

        Assert.Equal("https://from-a/", config.Host.ToString());
        Assert.Equal("https://d/", KubeconfigLoader.ToClientConfig(KubeconfigLoader.Merge([KubeconfigLoader.ReadFile(a), KubeconfigLoader.ReadFile(b)]), "y").Host.ToString());
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { "clusters: []\ncontexts: []\n", "invalid configuration: no current context is set" },
        { "current-context: nope\n", "context was not found for specified context: nope" },
        { "contexts: [{name: x, context: {cluster: missing}}]\ncurrent-context: x\n", "cluster \"missing\" of context \"x\" was not found" },
        { "clusters: [{name: c, cluster: {server: \"\"}}]\ncontexts: [{name: x, context: {cluster: c}}]\ncurrent-context: x\n", "invalid configuration: cluster \"c\" has no valid server (got \"\")" },
        { "clusters: [{name: c, cluster: {server: \"https://a\"}}]\nusers: [{name: u, user: {exec: {command: aws}}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n", "user \"u\" uses an exec credential plugin, which KubeSharp's client does not run; use a client certificate or a token" },
        { "clusters: [{name: c, cluster: {server: \"https://a\", certificate-authority-data: \"!!\"}}]\n", "error loading config file \"kubeconfig\": certificate-authority-data is not valid base64" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Load_Invalid_ClearError(string yaml, string message)
    {
        var error = Assert.Throws<KubeconfigException>(() => KubeconfigLoader.ToClientConfig(KubeconfigLoader.Parse(yaml, _directory)));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void InCluster_ServiceAccountFilesAndEnvironment()
    {
        var (caPem, _) = SelfSigned("CN=cluster-ca");
        File.WriteAllText(Path.Combine(_directory, "token"), "sa-token");
        File.WriteAllText(Path.Combine(_directory, "ca.crt"), caPem);
        File.WriteAllText(Path.Combine(_directory, "namespace"), "kube-system");
        var environment = new Dictionary<string, string> { ["KUBERNETES_SERVICE_HOST"] = "10.43.0.1", ["KUBERNETES_SERVICE_PORT"] = "443" };

        var config = InClusterConfig.Load(_directory, name => environment.GetValueOrDefault(name));

        Assert.Equal("https://10.43.0.1/", config.Host.ToString());
        Assert.Equal("sa-token", config.BearerToken);
        Assert.Equal(Path.Combine(_directory, "token"), config.BearerTokenFile);
        Assert.Equal("kube-system", config.Namespace);
        Assert.Single(config.CertificateAuthorities!);
    }

    [Fact]
    public void InCluster_NoEnvironment_ClearError()
    {
        var error = Assert.Throws<KubeconfigException>(() => InClusterConfig.Load(_directory, _ => null));
        Assert.Contains("KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined", error.Message);
    }
}
