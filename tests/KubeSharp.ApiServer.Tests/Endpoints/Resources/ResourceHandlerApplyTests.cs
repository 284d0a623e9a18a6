using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Tests.Fixtures;

namespace KubeSharp.ApiServer.Tests.Endpoints.Resources;

/// <summary>Field ownership on every write and server-side apply (PATCH application/apply-patch+yaml), through real HTTPS.</summary>
public sealed class ResourceHandlerApplyTests : IAsyncLifetime
{
    private const string ConfigMaps = "/api/v1/namespaces/default/configmaps";
    private const string ApplyType = "application/apply-patch+yaml";
    private TestApiServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await TestApiServer.StartWithResourcesAsync();
        _client = _server.AdminClient();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Apply_AbsentObject_CreatesWithApplyManager()
    {
        using var response = await PatchAsync(ConfigMaps + "/ssa?fieldManager=tool", ApplyType, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"ssa"},"data":{"a":"1"}}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var obj = await GetJsonAsync(ConfigMaps + "/ssa");
        var entry = Assert.Single(obj["metadata"]!["managedFields"]!.AsArray())!;
        Assert.Equal("tool", (string?)entry["manager"]);
        Assert.Equal("Apply", (string?)entry["operation"]);
        Assert.Equal("""{"f:data":{"f:a":{}}}""", entry["fieldsV1"]!.ToJsonString());
    }

    [Fact]
    public async Task Create_WithoutFieldManager_ManagerIsUserAgentProduct()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ConfigMaps)
        {
            Content = new StringContent("""{"metadata":{"name":"ua"},"data":{"a":"1"}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.UserAgent.ParseAdd("mytool/v1.2.3");
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var entry = Assert.Single((await GetJsonAsync(ConfigMaps + "/ua"))["metadata"]!["managedFields"]!.AsArray())!;
        Assert.Equal("mytool", (string?)entry["manager"]);
        Assert.Equal("Update", (string?)entry["operation"]);
        Assert.Equal("v1", (string?)entry["apiVersion"]);
    }

    [Fact]
    public async Task Apply_FieldOwnedByAnotherManager_Is409UntilForced()
    {
        (await PatchAsync(ConfigMaps + "/own?fieldManager=first", ApplyType, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"own"},"data":{"a":"1"}}""")).Dispose();

        using var conflict = await PatchAsync(ConfigMaps + "/own?fieldManager=second", ApplyType, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"own"},"data":{"a":"2"}}""");
        var status = await AssertStatusAsync(conflict, 409, "Conflict", "Apply failed with 1 conflict: conflict with \"first\": .data.a");
        var cause = Assert.Single(status["details"]!["causes"]!.AsArray())!;
        Assert.Equal("FieldManagerConflict", (string?)cause["reason"]);
        Assert.Equal(".data.a", (string?)cause["field"]);
        Assert.Equal("1", (string?)(await GetJsonAsync(ConfigMaps + "/own"))["data"]!["a"]);

        using var forced = await PatchAsync(ConfigMaps + "/own?fieldManager=second&force=true", ApplyType, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"own"},"data":{"a":"2"}}""");

        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Equal("2", (string?)(await GetJsonAsync(ConfigMaps + "/own"))["data"]!["a"]);
    }

    [Theory]
    [InlineData(ApplyType, "", "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch")]
    [InlineData("application/merge-patch+json", "?force=true", "PatchOptions.meta.k8s.io \"\" is invalid: force: Forbidden: may not be specified for non-apply patch")]
    public async Task Patch_InvalidPatchOptions_Is422(string contentType, string query, string message)
    {
        (await PostAsync(ConfigMaps, """{"metadata":{"name":"opts"}}""")).Dispose();

        using var response = await PatchAsync(ConfigMaps + "/opts" + query, contentType, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"opts"}}""");

        await AssertStatusAsync(response, 422, "Invalid", message);
    }

    [Fact]
    public async Task Apply_WrongKind_Is400()
    {
        using var response = await PatchAsync(ConfigMaps + "/wk?fieldManager=tool", ApplyType, """{"apiVersion":"v1","kind":"Secret","metadata":{"name":"wk"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!;
    }

    private Task<HttpResponseMessage> PostAsync(string path, string json) =>
        _client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    private Task<HttpResponseMessage> PatchAsync(string path, string contentType, string patch)
    {
        var content = new StringContent(patch, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return _client.PatchAsync(path, content);
    }

    private static async Task<JsonNode> AssertStatusAsync(HttpResponseMessage response, int code, string reason, string message)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(code == (int)response.StatusCode, $"expected {code}, got {(int)response.StatusCode}: {text}");
        var status = JsonNode.Parse(text)!;
        Assert.Equal(reason, (string?)status["reason"]);
        Assert.Equal(message, (string?)status["message"]);
        return status;
    }
}
