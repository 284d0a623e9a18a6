using System.Net;
using System.Text.Json.Nodes;
using KubeSharp.ApiServer.OpenApi;
using KubeSharp.ApiServer.Tests.Fixtures;

namespace KubeSharp.ApiServer.Tests.OpenApi;

/// <summary>What kubectl fetches (kubectl-wire.md §3): /openapi/v2 as gnostic protobuf, the v3 index, and hashed v3 documents with upstream's caching.</summary>
public sealed class OpenApiEndpointTests : IAsyncLifetime
{
    private TestApiServer _server = null!;

    public async Task InitializeAsync() => _server = await TestApiServer.StartWithResourcesAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("application/com.github.proto-openapi.spec.v2@v1.0+protobuf", true)]
    [InlineData("application/com.github.proto-openapi.spec.v2.v1.0+protobuf", true)]
    [InlineData("application/json, application/com.github.proto-openapi.spec.v2@v1.0+protobuf;q=0.9", true)]
    [InlineData("application/json", false)]
    [InlineData("", false)]
    public void WantsProtobuf_AcceptHeaders(string accept, bool expected)
    {
        Assert.Equal(expected, OpenApiEndpoint.WantsProtobuf([accept]));
    }

    [Fact]
    public async Task V2_KubectlAccept_GetsGnosticProtobuf()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v2?timeout=32s");
        request.Headers.TryAddWithoutValidation("Accept", "application/com.github.proto-openapi.spec.v2@v1.0+protobuf");

        using var response = await _server.AdminClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/com.github.proto-openapi.spec.v2.v1.0+protobuf", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0x0a, 0x03, (byte)'2', (byte)'.', (byte)'0' }, body[..5]);
    }

    [Fact]
    public async Task V3_IndexThenDocument_ServedWithImmutableCaching()
    {
        var index = JsonNode.Parse(await _server.AdminClient().GetStringAsync("/openapi/v3"))!;
        var url = index["paths"]!["apis/apps/v1"]!["serverRelativeURL"]!.GetValue<string>();

        using var response = await _server.AdminClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("3.0.0", document["openapi"]!.GetValue<string>());
        Assert.NotNull(document["paths"]!["/apis/apps/v1/namespaces/{namespace}/deployments/{name}"]!["patch"]);
    }

    [Fact]
    public async Task V3_StaleHash_RedirectsToCurrent()
    {
        var index = JsonNode.Parse(await _server.AdminClient().GetStringAsync("/openapi/v3"))!;
        var current = index["paths"]!["api/v1"]!["serverRelativeURL"]!.GetValue<string>();

        // the client follows the 301 upstream answers for a stale hash.
        using var response = await _server.AdminClient().GetAsync("/openapi/v3/api/v1?hash=0123");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(current, response.RequestMessage!.RequestUri!.PathAndQuery);
    }

    [Fact]
    public async Task V3_UnknownGroupVersion_IsNotFound()
    {
        using var response = await _server.AdminClient().GetAsync("/openapi/v3/apis/example.com/v1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
