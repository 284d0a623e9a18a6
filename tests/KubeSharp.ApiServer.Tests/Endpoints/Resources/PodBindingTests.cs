using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Tests.Fixtures;

namespace KubeSharp.ApiServer.Tests.Endpoints.Resources;

/// <summary>POST pods/NAME/binding, as the scheduler binds a pod to a node.</summary>
public sealed class PodBindingTests : IAsyncLifetime
{
    private const string Pods = "/api/v1/namespaces/default/pods";
    private TestApiServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await TestApiServer.StartWithResourcesAsync();
        _client = _server.AdminClient();
        using var created = await PostAsync(Pods, """{"metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"busybox"}]}}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Bind_UnassignedPod_SetsNodeAndScheduledCondition()
    {
        using var response = await PostAsync(Pods + "/p/binding", """{"metadata":{"name":"p","annotations":{"a":"b"}},"target":{"kind":"Node","name":"node-1"}}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var status = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Success", (string?)status["status"]);
        var pod = JsonNode.Parse(await _client.GetStringAsync(Pods + "/p"))!;
        Assert.Equal("node-1", (string?)pod["spec"]!["nodeName"]);
        Assert.Equal("b", (string?)pod["metadata"]!["annotations"]!["a"]);
        Assert.Equal("Pending", (string?)pod["status"]!["phase"]);
        var condition = Assert.Single(pod["status"]!["conditions"]!.AsArray())!;
        Assert.Equal("PodScheduled", (string?)condition["type"]);
        Assert.Equal("True", (string?)condition["status"]);
    }

    [Fact]
    public async Task Bind_AssignedPod_Is409()
    {
        (await PostAsync(Pods + "/p/binding", """{"metadata":{"name":"p"},"target":{"name":"node-1"}}""")).Dispose();

        using var again = await PostAsync(Pods + "/p/binding", """{"metadata":{"name":"p"},"target":{"name":"node-2"}}""");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Operation cannot be fulfilled on pods \"p\": pod p is already assigned to node \"node-1\"", (string?)JsonNode.Parse(await again.Content.ReadAsStringAsync())!["message"]);
    }

    [Theory]
    [InlineData("""{"metadata":{"name":"other"},"target":{"name":"n"}}""", 400)]
    [InlineData("""{"metadata":{"name":"p"},"target":{"kind":"Pod","name":"n"}}""", 422)]
    [InlineData("""{"metadata":{"name":"p"},"target":{}}""", 422)]
    [InlineData("""not json""", 400)]
    public async Task Bind_BadBinding_Is4xx(string binding, int code)
    {
        using var response = await PostAsync(Pods + "/p/binding", binding);

        Assert.Equal(code, (int)response.StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(string path, string json) =>
        _client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
}
