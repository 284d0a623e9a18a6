using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Tests.Fixtures;

namespace KubeSharp.ApiServer.Tests.Endpoints.Resources;

/// <summary>GET, PUT and PATCH of the scale subresource, as kubectl scale and the autoscaler use it.</summary>
public sealed class ScaleSubresourceTests : IAsyncLifetime
{
    private const string Deployments = "/apis/apps/v1/namespaces/default/deployments";
    private const string Controllers = "/api/v1/namespaces/default/replicationcontrollers";
    private TestApiServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await TestApiServer.StartWithResourcesAsync();
        _client = _server.AdminClient();
        using var created = await SendAsync(HttpMethod.Post, Deployments, """{"metadata":{"name":"web"},"spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"},"matchExpressions":[{"key":"tier","operator":"In","values":["a","b"]}]},"template":{"metadata":{"labels":{"app":"web","tier":"a"}},"spec":{"containers":[{"name":"c","image":"busybox"}]}}}}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Get_Deployment_AnswersScale()
    {
        var scale = JsonNode.Parse(await _client.GetStringAsync(Deployments + "/web/scale"))!;

        Assert.Equal("Scale", (string?)scale["kind"]);
        Assert.Equal("autoscaling/v1", (string?)scale["apiVersion"]);
        Assert.Equal("web", (string?)scale["metadata"]!["name"]);
        Assert.Equal("default", (string?)scale["metadata"]!["namespace"]);
        Assert.Equal(2, (int?)scale["spec"]!["replicas"]);
        Assert.Equal(0, (int?)scale["status"]!["replicas"]);
        Assert.Equal("app=web,tier in (a,b)", (string?)scale["status"]!["selector"]);
    }

    [Theory]
    [InlineData("application/merge-patch+json", """{"spec":{"replicas":5}}""")]
    [InlineData("application/strategic-merge-patch+json", """{"spec":{"replicas":5}}""")]
    [InlineData("application/json-patch+json", """[{"op":"replace","path":"/spec/replicas","value":5}]""")]
    public async Task Patch_Replicas_ChangesParentAndBumpsGeneration(string mediaType, string patch)
    {
        using var response = await SendAsync(HttpMethod.Patch, Deployments + "/web/scale", patch, mediaType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, (int?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["spec"]!["replicas"]);
        var deployment = JsonNode.Parse(await _client.GetStringAsync(Deployments + "/web"))!;
        Assert.Equal(5, (int?)deployment["spec"]!["replicas"]);
        Assert.Equal(2, (long?)deployment["metadata"]!["generation"]);
        Assert.Contains(deployment["metadata"]!["managedFields"]!.AsArray(), entry => (string?)entry!["subresource"] == "scale");
    }

    [Fact]
    public async Task Put_StaleResourceVersion_Is409()
    {
        using var response = await SendAsync(HttpMethod.Put, Deployments + "/web/scale", """{"kind":"Scale","apiVersion":"autoscaling/v1","metadata":{"name":"web","resourceVersion":"1"},"spec":{"replicas":3}}""");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Put_CurrentResourceVersion_Scales()
    {
        var scale = JsonNode.Parse(await _client.GetStringAsync(Deployments + "/web/scale"))!.AsObject();
        scale["spec"]!["replicas"] = 0;

        using var response = await SendAsync(HttpMethod.Put, Deployments + "/web/scale", scale.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (int?)JsonNode.Parse(await _client.GetStringAsync(Deployments + "/web"))!["spec"]!["replicas"]);
    }

    [Fact]
    public async Task Patch_NegativeReplicas_Is422WithUpstreamMessage()
    {
        using var response = await SendAsync(HttpMethod.Patch, Deployments + "/web/scale", """{"spec":{"replicas":-1}}""", "application/merge-patch+json");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Scale.autoscaling \"web\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["message"]);
    }

    [Fact]
    public async Task Get_ReplicationController_SelectorFromLabelMap()
    {
        (await SendAsync(HttpMethod.Post, Controllers, """{"metadata":{"name":"rc"},"spec":{"replicas":1,"selector":{"app":"rc"},"template":{"metadata":{"labels":{"app":"rc"}},"spec":{"containers":[{"name":"c","image":"busybox"}]}}}}""")).Dispose();

        var scale = JsonNode.Parse(await _client.GetStringAsync(Controllers + "/rc/scale"))!;

        Assert.Equal("app=rc", (string?)scale["status"]!["selector"]);
        Assert.Equal(1, (int?)scale["spec"]!["replicas"]);
    }

    [Theory]
    [InlineData("/apis/apps/v1/namespaces/default/deployments/missing/scale", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/namespaces/default/configmaps/x/scale", HttpStatusCode.NotFound)]
    public async Task Get_MissingOrUnscalable_Is404(string path, HttpStatusCode code)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(code, response.StatusCode);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string json, string contentType = "application/json") =>
        _client.SendAsync(new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, contentType) });
}
