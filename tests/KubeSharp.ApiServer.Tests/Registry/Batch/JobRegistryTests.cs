using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Tests.Fixtures;

namespace KubeSharp.ApiServer.Tests.Registry.Batch;

/// <summary>Jobs over HTTP: the stored object carries the generated selector; the template is immutable.</summary>
public sealed class JobRegistryTests : IAsyncLifetime
{
    private const string Jobs = "/apis/batch/v1/namespaces/default/jobs";
    private TestApiServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await TestApiServer.StartWithResourcesAsync();
        _client = _server.AdminClient();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Create_Job_StoresGeneratedSelectorAndEmptyStatus()
    {
        using var created = await SendAsync(HttpMethod.Post, Jobs, Job("busybox"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var job = JsonNode.Parse(await _client.GetStringAsync(Jobs + "/pi"))!;
        var uid = (string?)job["metadata"]!["uid"];
        Assert.Equal(uid, (string?)job["spec"]!["selector"]!["matchLabels"]!["batch.kubernetes.io/controller-uid"]);
        Assert.Equal("pi", (string?)job["spec"]!["template"]!["metadata"]!["labels"]!["batch.kubernetes.io/job-name"]);
        Assert.Equal(6, (int?)job["spec"]!["backoffLimit"]);
        Assert.Equal("{}", job["status"]!.ToJsonString());
    }

    [Fact]
    public async Task Update_TemplateChanged_Is422WithUpstreamMessage()
    {
        (await SendAsync(HttpMethod.Post, Jobs, Job("busybox"))).Dispose();

        using var patched = await SendAsync(HttpMethod.Patch, Jobs + "/pi", """{"spec":{"template":{"spec":{"containers":[{"name":"c","image":"busybox:2"}]}}}}""", "application/strategic-merge-patch+json");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, patched.StatusCode);
        var message = (string?)JsonNode.Parse(await patched.Content.ReadAsStringAsync())!["message"];
        Assert.StartsWith("Job.batch \"pi\" is invalid: spec.template: Invalid value: ", message);
        Assert.EndsWith(": field is immutable", message);
    }

    [Fact]
    public async Task Create_ConflictingControllerUidLabel_Is422()
    {
        using var created = await SendAsync(HttpMethod.Post, Jobs, Job("busybox", ",\"controller-uid\":\"mine\""));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, created.StatusCode);
        Assert.Contains("spec.template.metadata.labels[controller-uid]: Invalid value:", (string?)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["message"]);
    }

    private static string Job(string image, string extraLabels = "") =>
        """{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"pi"},"spec":{"template":{"metadata":{"labels":{"app":"pi"EXTRA}},"spec":{"restartPolicy":"Never","containers":[{"name":"c","image":"IMAGE"}]}}}}"""
            .Replace("EXTRA", extraLabels, StringComparison.Ordinal).Replace("IMAGE", image, StringComparison.Ordinal);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string json, string contentType = "application/json") =>
        _client.SendAsync(new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, contentType) });
}
