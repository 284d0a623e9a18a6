using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using KubeSharp.ApiServer.Tests.Fixtures;
using KubeSharp.Server.Pki;

namespace KubeSharp.ApiServer.Tests;

public sealed class ApiServerTests
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/livez")]
    [InlineData("/readyz")]
    [InlineData("/readyz/ping")]
    [InlineData("/version")]
    public async Task PublicPaths_Anonymous_Allowed(string path)
    {
        await using var server = await TestApiServer.StartAsync();

        using var response = await server.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/metrics")]
    [InlineData("/api")]
    [InlineData("/api/v1/namespaces/default/pods")]
    [InlineData("/nope")]
    public async Task OtherPaths_Anonymous_Get401Status(string path)
    {
        await using var server = await TestApiServer.StartAsync();

        using var response = await server.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_AdminCertificate_CountsRequestsByVerbAndCode()
    {
        await using var server = await TestApiServer.StartAsync();
        var client = server.AdminClient();
        (await client.GetAsync("/healthz")).Dispose();

        var text = await client.GetStringAsync("/metrics");

        Assert.Contains("apiserver_request_total{code=\"200\",component=\"apiserver\",dry_run=\"\",group=\"\",resource=\"\",scope=\"\",subresource=\"\",verb=\"GET\",version=\"\"} 1", text);
        Assert.Contains("apiserver_request_duration_seconds_bucket{", text);
    }

    [Fact]
    public async Task ClientCertificate_FromAnotherAuthority_Gets401()
    {
        await using var server = await TestApiServer.StartAsync();
        using var stranger = CertificateAuthority.Create("stranger", TimeProvider.System);
        using var certificate = stranger.Issue(new X500DistinguishedName("O=system:masters, CN=mallory"), CertificateUsage.Client, TimeSpan.FromDays(1), TimeProvider.System);

        using var response = await server.Client(certificate).GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ClientCertificate_ServerUsageOnly_Gets401()
    {
        await using var server = await TestApiServer.StartAsync();
        using var certificate = server.Certificates.Authority.Issue(
            new X500DistinguishedName("CN=not-a-client"), CertificateUsage.Server, TimeSpan.FromDays(1), TimeProvider.System);

        using var response = await server.Client(certificate).GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("secret-token", HttpStatusCode.OK)]
    [InlineData("wrong-token", HttpStatusCode.Unauthorized)]
    public async Task BearerToken_FromTokenFile_Authenticates(string token, HttpStatusCode expected)
    {
        await using var server = await TestApiServer.StartAsync("secret-token,alice,1001,\"dev\"\n");

        using var response = await server.Client(bearerToken: token).GetAsync("/metrics");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Version_ReportsV133()
    {
        await using var server = await TestApiServer.StartAsync();

        using var document = JsonDocument.Parse(await server.Client().GetStringAsync("/version"));

        Assert.StartsWith("v1.33.", document.RootElement.GetProperty("gitVersion").GetString());
        Assert.Equal("1", document.RootElement.GetProperty("major").GetString());
        Assert.Equal("33", document.RootElement.GetProperty("minor").GetString());
    }

    [Fact]
    public async Task Http2_IsNegotiated()
    {
        await using var server = await TestApiServer.StartAsync();

        using var response = await server.AdminClient(HttpVersion.Version20).GetAsync("/readyz");

        Assert.Equal(HttpVersion.Version20, response.Version);
    }

    [Fact]
    public async Task Readyz_FailingCheck_Answers500()
    {
        await using var server = await TestApiServer.StartAsync(configure: s =>
            s.Health.AddReadinessCheck(new KubeSharp.ApiServer.Health.HealthCheck("datastore", _ => ValueTask.FromResult<string?>("down"))));

        using var readyz = await server.Client().GetAsync("/readyz");
        using var livez = await server.Client().GetAsync("/livez");

        Assert.Equal(HttpStatusCode.InternalServerError, readyz.StatusCode);
        Assert.Equal(HttpStatusCode.OK, livez.StatusCode);
    }
}
