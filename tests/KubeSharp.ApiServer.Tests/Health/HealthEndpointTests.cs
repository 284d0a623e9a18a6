using System.Text;
using KubeSharp.ApiServer.Health;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Tests.Health;

public sealed class HealthEndpointTests
{
    [Theory]
    [InlineData("", 200, "ok")]
    [InlineData("?verbose", 200, "[+]ping ok\n[+]datastore ok\nreadyz check passed\n")]
    [InlineData("?verbose&exclude=datastore", 200, "[+]ping ok\n[+]datastore excluded: ok\nreadyz check passed\n")]
    [InlineData("?verbose&exclude=nope", 200, "[+]ping ok\n[+]datastore ok\nwarn: some health checks cannot be excluded: no matches for \"nope\"\nreadyz check passed\n")]
    public async Task Handle_AllPass_AnswersLikeUpstream(string query, int code, string body)
    {
        var endpoint = new HealthEndpoint("readyz", () => [HealthCheck.Ping, Check("datastore", null)]);

        var (status, text) = await Serve(endpoint, "", query);

        Assert.Equal(code, status);
        Assert.Equal(body, text);
    }

    [Fact]
    public async Task Handle_OneFails_Answers500AndWithholdsTheReason()
    {
        var endpoint = new HealthEndpoint("readyz", () => [HealthCheck.Ping, Check("datastore", "database is locked")]);

        var (status, text) = await Serve(endpoint, "", "");

        Assert.Equal(500, status);
        Assert.Equal("[+]ping ok\n[-]datastore failed: reason withheld\nreadyz check failed\n", text);
        Assert.False(await endpoint.IsHealthyAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("datastore", 500, "internal server error: database is locked\n")]
    [InlineData("ping", 200, "ok")]
    [InlineData("nope", 404, "404 page not found\n")]
    public async Task Handle_SingleCheck_ShowsItsOwnResult(string name, int code, string body)
    {
        var endpoint = new HealthEndpoint("readyz", () => [HealthCheck.Ping, Check("datastore", "database is locked")]);

        var (status, text) = await Serve(endpoint, name, "");

        Assert.Equal(code, status);
        Assert.Equal(body, text);
    }

    [Fact]
    public async Task FromSignal_PassesOnlyOnceSignalled()
    {
        var signal = new TaskCompletionSource();
        var check = HealthCheck.FromSignal("poststarthook/bootstrap", signal, "not finished");

        Assert.Equal("not finished", await check.Check(CancellationToken.None));
        signal.SetResult();
        Assert.Null(await check.Check(CancellationToken.None));
    }

    private static HealthCheck Check(string name, string? error) => new(name, _ => ValueTask.FromResult(error));

    private static async Task<(int Status, string Body)> Serve(HealthEndpoint endpoint, string subPath, string query)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        var body = new MemoryStream();
        context.Response.Body = body;

        await endpoint.HandleAsync(context, subPath);

        return (context.Response.StatusCode, Encoding.UTF8.GetString(body.ToArray()));
    }
}
