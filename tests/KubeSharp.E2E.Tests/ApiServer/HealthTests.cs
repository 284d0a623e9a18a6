using System.Net;
using System.Security.Cryptography.X509Certificates;
using KubeSharp.Testing.Cluster;

namespace KubeSharp.E2E.Tests.ApiServer;

[Collection(ClusterCollection.Name)]
public sealed class HealthTests(ClusterFixture fixture)
{
    private ClusterProcess Cluster => fixture.Cluster;

    [Fact]
    public async Task Readyz_Verbose_ListsChecksAndPasses()
    {
        var output = await Cluster.KubectlOkAsync("get", "--raw", "/readyz?verbose");

        Assert.Contains("[+]ping ok", output);
        Assert.EndsWith("readyz check passed\n", output);
    }

    [Theory]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/livez", HttpStatusCode.OK)]
    [InlineData("/readyz", HttpStatusCode.OK)]
    [InlineData("/version", HttpStatusCode.OK)]
    [InlineData("/metrics", HttpStatusCode.Unauthorized)]
    [InlineData("/api", HttpStatusCode.Unauthorized)]
    [InlineData("/api/v1/namespaces", HttpStatusCode.Unauthorized)]
    public async Task Anonymous_OnlyPublicPathsAnswer(string path, HttpStatusCode expected)
    {
        using var client = AnonymousClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_ArePrometheusText()
    {
        await Cluster.KubectlOkAsync("get", "--raw", "/readyz");

        var output = await Cluster.KubectlOkAsync("get", "--raw", "/metrics");

        Assert.Contains("# TYPE apiserver_request_total counter", output);
        Assert.Contains("# TYPE apiserver_request_duration_seconds histogram", output);
        Assert.Matches("apiserver_request_total\\{code=\"200\",component=\"apiserver\",[^}]*verb=\"GET\"[^}]*\\} \\d+", output);
    }

    private HttpClient AnonymousClient()
    {
        var authority = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(Cluster.DataDir, "tls", "ca.crt"));
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            {
                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(authority);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                return certificate is not null && chain.Build(certificate);
            },
        };
        return new HttpClient(handler) { BaseAddress = Cluster.Address };
    }
}
