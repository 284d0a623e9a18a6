using System.Net;
using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Endpoints.Discovery;
using KubeSharp.ApiServer.Tests.Fixtures;

namespace KubeSharp.ApiServer.Tests.Endpoints.Discovery;

public sealed class DiscoveryEndpointTests : IAsyncLifetime
{
    private const string V2 = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";
    private const string V2Beta1 = "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList";
    private TestApiServer _server = null!;

    public async Task InitializeAsync() => _server = await TestApiServer.StartWithResourcesAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    // The Accept headers kubectl 1.30–1.33, 1.27–1.29, and plain clients send (kubectl-wire.md §2.1).
    [Theory]
    [InlineData(V2 + "," + V2Beta1 + ",application/json", DiscoveryFormat.AggregatedV2)]
    [InlineData(V2Beta1 + ",application/json", DiscoveryFormat.AggregatedV2Beta1)]
    [InlineData("application/json, */*", DiscoveryFormat.Legacy)]
    [InlineData("", DiscoveryFormat.Legacy)]
    [InlineData("application/json;g=apidiscovery.k8s.io;v=v9;as=APIGroupDiscoveryList,application/json", DiscoveryFormat.Legacy)]
    [InlineData("application/vnd.kubernetes.protobuf;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList," + V2Beta1, DiscoveryFormat.AggregatedV2Beta1)]
    public void Negotiate_KubectlAcceptHeaders_PickTheirFormat(string accept, DiscoveryFormat expected)
    {
        Assert.Equal(expected, DiscoveryNegotiation.Negotiate(accept));
    }

    [Fact]
    public async Task Api_AggregatedV2_NamesItsKindInContentType()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api");
        request.Headers.TryAddWithoutValidation("Accept", V2 + "," + V2Beta1 + ",application/json");

        using var response = await _server.AdminClient().SendAsync(request);

        var contentType = KubeSharp.ApiServer.Endpoints.Negotiation.MediaType.Parse(response.Content.Headers.GetValues("Content-Type").Single())!;
        Assert.Equal("application/json", contentType.Essence);
        Assert.Equal(("apidiscovery.k8s.io", "v2", "APIGroupDiscoveryList"), (contentType["g"], contentType["v"], contentType["as"]));
        var list = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("apidiscovery.k8s.io/v2", (string?)list["apiVersion"]);
        var core = list["items"]!.AsArray().Single()!;
        var version = core["versions"]![0]!;
        Assert.Equal("v1", (string?)version["version"]);
        Assert.Equal("Current", (string?)version["freshness"]);
        var configMaps = version["resources"]!.AsArray().Single(r => (string?)r!["resource"] == "configmaps")!;
        Assert.Equal("Namespaced", (string?)configMaps["scope"]);
        Assert.Equal("configmap", (string?)configMaps["singularResource"]);
        Assert.Equal("ConfigMap", (string?)configMaps["responseKind"]!["kind"]);
        Assert.Contains("cm", configMaps["shortNames"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public async Task ApiV1_Legacy_ListsResourcesWithVerbs()
    {
        var list = JsonNode.Parse(await _server.AdminClient().GetStringAsync("/api/v1"))!;

        Assert.Equal("APIResourceList", (string?)list["kind"]);
        Assert.Equal("v1", (string?)list["groupVersion"]);
        var configMaps = list["resources"]!.AsArray().Single(r => (string?)r!["name"] == "configmaps")!;
        Assert.True((bool)configMaps["namespaced"]!);
        Assert.Equal(
            ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
            configMaps["verbs"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(DiscoveryDocuments.StorageVersionHash(new("", "v1", "ConfigMap")), (string?)configMaps["storageVersionHash"]);
    }

    [Fact]
    public async Task Apis_SameETag_Answers304()
    {
        var client = _server.AdminClient();
        using var first = await client.GetAsync("/apis");
        var etag = first.Headers.ETag!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/apis");
        request.Headers.IfNoneMatch.Add(etag);

        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("/apis/nope")]
    [InlineData("/apis/nope/v1")]
    [InlineData("/api/v2")]
    public async Task UnknownGroupVersion_Is404(string path)
    {
        using var response = await _server.AdminClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
