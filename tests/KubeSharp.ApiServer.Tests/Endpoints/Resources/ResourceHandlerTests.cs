using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Tests.Fixtures;

namespace KubeSharp.ApiServer.Tests.Endpoints.Resources;

/// <summary>The REST endpoints of a built-in kind (ConfigMap) over an in-memory datastore, through real HTTPS.</summary>
public sealed class ResourceHandlerTests : IAsyncLifetime
{
    private const string ConfigMaps = "/api/v1/namespaces/default/configmaps";
    private TestApiServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await TestApiServer.StartWithResourcesAsync();
        _client = _server.AdminClient();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Create_ThenGet_FillsSystemFields()
    {
        using var created = await PostAsync(ConfigMaps, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"},"data":{"k":"v"}}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var obj = await GetJsonAsync(ConfigMaps + "/a");

        Assert.Equal("default", (string?)obj["metadata"]!["namespace"]);
        Assert.Matches("^[0-9a-f-]{36}$", (string?)obj["metadata"]!["uid"]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", (string?)obj["metadata"]!["creationTimestamp"]);
        Assert.Matches("^[1-9][0-9]*$", (string?)obj["metadata"]!["resourceVersion"]);
        Assert.Equal("v", (string?)obj["data"]!["k"]);
    }

    [Fact]
    public async Task Create_Twice_Is409AlreadyExists()
    {
        (await PostAsync(ConfigMaps, """{"metadata":{"name":"dup"}}""")).Dispose();

        using var again = await PostAsync(ConfigMaps, """{"metadata":{"name":"dup"}}""");

        await AssertStatusAsync(again, 409, "AlreadyExists", "configmaps \"dup\" already exists");
    }

    [Fact]
    public async Task Get_Missing_Is404WithUpstreamMessage()
    {
        using var response = await _client.GetAsync(ConfigMaps + "/nope");

        await AssertStatusAsync(response, 404, "NotFound", "configmaps \"nope\" not found");
    }

    [Fact]
    public async Task Update_StaleResourceVersion_Is409Conflict()
    {
        (await PostAsync(ConfigMaps, """{"metadata":{"name":"c"}}""")).Dispose();
        var current = await GetJsonAsync(ConfigMaps + "/c");
        var stale = current.DeepClone();
        current["data"] = new JsonObject { ["x"] = "1" };
        (await PutAsync(ConfigMaps + "/c", current.ToJsonString())).EnsureSuccessStatusCode();
        stale["data"] = new JsonObject { ["x"] = "2" };

        using var response = await PutAsync(ConfigMaps + "/c", stale.ToJsonString());

        await AssertStatusAsync(response, 409, "Conflict", "Operation cannot be fulfilled on configmaps \"c\": the object has been modified; please apply your changes to the latest version and try again");
    }

    [Fact]
    public async Task Update_NameMismatch_Is400()
    {
        (await PostAsync(ConfigMaps, """{"metadata":{"name":"m"}}""")).Dispose();

        using var response = await PutAsync(ConfigMaps + "/m", """{"metadata":{"name":"other"}}""");

        await AssertStatusAsync(response, 400, "BadRequest", "the name of the object (other) does not match the name on the URL (m)");
    }

    [Theory]
    [InlineData("Bad_Name", "ConfigMap \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')")]
    [InlineData("", "ConfigMap \"\" is invalid: metadata.name: Required value: name or generateName is required")]
    public async Task Create_InvalidName_Is422(string name, string message)
    {
        using var response = await PostAsync(ConfigMaps, $$$"""{"metadata":{"name":"{{{name}}}"}}""");

        await AssertStatusAsync(response, 422, "Invalid", message);
    }

    [Fact]
    public async Task Create_UnknownFieldStrict_Is400NamingTheField()
    {
        using var response = await PostAsync(ConfigMaps + "?fieldValidation=Strict", """{"metadata":{"name":"s","bogus":1},"spec":{"x":1}}""");

        await AssertStatusAsync(response, 400, "BadRequest", "strict decoding error: unknown field \"metadata.bogus\", unknown field \"spec\"");
    }

    [Fact]
    public async Task Create_DuplicateFieldStrict_Is400()
    {
        using var response = await PostAsync(ConfigMaps + "?fieldValidation=Strict", """{"metadata":{"name":"d","name":"d"}}""");

        await AssertStatusAsync(response, 400, "BadRequest", "strict decoding error: duplicate field \"metadata.name\"");
    }

    [Fact]
    public async Task Create_UnknownFieldWarn_WarnsAndPrunes()
    {
        using var response = await PostAsync(ConfigMaps + "?fieldValidation=Warn", """{"metadata":{"name":"w"},"spec":{"x":1}}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(["299 - \"unknown field \\\"spec\\\"\""], response.Headers.GetValues("Warning"));
        Assert.Null((await GetJsonAsync(ConfigMaps + "/w"))["spec"]);
    }

    [Fact]
    public async Task Create_UnknownFieldIgnore_PrunesSilently()
    {
        using var response = await PostAsync(ConfigMaps + "?fieldValidation=Ignore", """{"metadata":{"name":"i"},"spec":{"x":1}}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(response.Headers.Contains("Warning"));
        Assert.Null((await GetJsonAsync(ConfigMaps + "/i"))["spec"]);
    }

    [Fact]
    public async Task Create_GenerateName_AppendsFiveCharacters()
    {
        using var response = await PostAsync(ConfigMaps, """{"metadata":{"generateName":"gen-"}}""");

        var obj = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Matches("^gen-[bcdfghjklmnpqrstvwxz2456789]{5}$", (string?)obj["metadata"]!["name"]);
    }

    [Fact]
    public async Task Create_DryRun_PersistsNothing()
    {
        using var response = await PostAsync(ConfigMaps + "?dryRun=All", """{"metadata":{"name":"dry"}}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var get = await _client.GetAsync(ConfigMaps + "/dry");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("{\"metadata\":{\"name\":5}}")]
    [InlineData("{\"apiVersion\":\"apps/v1\",\"metadata\":{\"name\":\"x\"}}")]
    [InlineData("{\"kind\":\"Secret\",\"metadata\":{\"name\":\"x\"}}")]
    [InlineData("{\"metadata\":{\"name\":\"x\",\"resourceVersion\":\"5\"}}")]
    public async Task Create_BadBody_Is400(string body)
    {
        using var response = await PostAsync(ConfigMaps, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var status = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Status", (string?)status["kind"]);
        Assert.Equal("BadRequest", (string?)status["reason"]);
    }

    [Fact]
    public async Task Create_UnsupportedMediaType_Is415()
    {
        using var content = new StringContent("x", Encoding.UTF8, "text/plain");

        using var response = await _client.PostAsync(ConfigMaps, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Create_BodyOver3MiB_Is413()
    {
        var big = new string('x', 3 * 1024 * 1024 + 10);
        // The server answers 413 from Content-Length and closes the connection without reading the body. Go's
        // client (kubectl) reads that answer even when its upload breaks; .NET's throws "Broken pipe" if it is
        // still uploading, so this test asks for 100-continue and the body is never sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, ConfigMaps)
        {
            Content = new StringContent($$$"""{"metadata":{"name":"big"},"data":{"k":"{{{big}}}"}}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;

        using var response = await _client.SendAsync(request);

        await AssertStatusAsync(response, 413, "RequestEntityTooLarge", null);
    }

    [Fact]
    public async Task Create_ObjectOver1_5MiB_Is413()
    {
        var big = new string('x', 2 * 1024 * 1024);

        // Service accounts have no size rule of their own, so the storage limit is what refuses this one.
        using var response = await PostAsync("/api/v1/namespaces/default/serviceaccounts", $$$"""{"metadata":{"name":"big"},"secrets":[{"name":"{{{big}}}"}]}""");

        await AssertStatusAsync(response, 413, "RequestEntityTooLarge", null);
    }

    [Fact]
    public async Task Create_ConfigMapOver1MiB_Is422WithUpstreamMessage()
    {
        var big = new string('x', (1024 * 1024) + 1);

        using var response = await PostAsync(ConfigMaps, $$$"""{"metadata":{"name":"big"},"data":{"k":"{{{big}}}"}}""");

        await AssertStatusAsync(response, 422, "Invalid", "ConfigMap \"big\" is invalid: : Too long: may not be more than 1048576 bytes");
    }

    [Fact]
    public async Task List_LabelSelectorAndPaging_FollowUpstream()
    {
        for (var i = 0; i < 5; i++)
        {
            var tier = i % 2 == 0 ? "even" : "odd";
            (await PostAsync(ConfigMaps, "{\"metadata\":{\"name\":\"p" + i + "\",\"labels\":{\"tier\":\"" + tier + "\"}}}")).Dispose();
        }

        var even = await GetJsonAsync(ConfigMaps + "?labelSelector=tier%3Deven");
        Assert.Equal(["p0", "p2", "p4"], Names(even));

        var first = await GetJsonAsync(ConfigMaps + "?limit=2");
        Assert.Equal(["p0", "p1"], Names(first));
        Assert.Equal(3, (long)first["metadata"]!["remainingItemCount"]!);
        var token = (string)first["metadata"]!["continue"]!;
        var second = await GetJsonAsync(ConfigMaps + "?limit=2&continue=" + Uri.EscapeDataString(token));
        Assert.Equal(["p2", "p3"], Names(second));
        Assert.Equal(first["metadata"]!["resourceVersion"]!.ToString(), second["metadata"]!["resourceVersion"]!.ToString());
        var third = await GetJsonAsync(ConfigMaps + "?limit=2&continue=" + Uri.EscapeDataString((string)second["metadata"]!["continue"]!));
        Assert.Equal(["p4"], Names(third));
        Assert.Null(third["metadata"]!["continue"]);
    }

    [Theory]
    [InlineData("?labelSelector=a%20in%20(", 400)]
    [InlineData("?fieldSelector=spec.nope%3Dx", 400)]
    [InlineData("?resourceVersion=abc", 400)]
    [InlineData("?continue=garbage!!", 400)]
    [InlineData("?resourceVersionMatch=Exact", 422)]
    public async Task List_BadParameters_Are4xx(string query, int code)
    {
        using var response = await _client.GetAsync(ConfigMaps + query);

        Assert.Equal(code, (int)response.StatusCode);
    }

    [Fact]
    public async Task Delete_Immediate_AnswersSuccessStatus()
    {
        using var created = await PostAsync(ConfigMaps, """{"metadata":{"name":"gone"}}""");
        var uid = (string)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["metadata"]!["uid"]!;

        using var response = await _client.DeleteAsync(ConfigMaps + "/gone");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var status = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Success", (string?)status["status"]);
        Assert.Equal("configmaps", (string?)status["details"]!["kind"]);
        Assert.Equal(uid, (string?)status["details"]!["uid"]);
    }

    [Fact]
    public async Task Delete_WithFinalizer_KeepsObjectUntilFinalizerRemoved()
    {
        (await PostAsync(ConfigMaps, """{"metadata":{"name":"fin","finalizers":["example.com/hold"]}}""")).Dispose();

        using var delete = await _client.DeleteAsync(ConfigMaps + "/fin");
        var marked = await GetJsonAsync(ConfigMaps + "/fin");
        Assert.NotNull(marked["metadata"]!["deletionTimestamp"]);

        using var patch = await PatchAsync(ConfigMaps + "/fin", "application/merge-patch+json", """{"metadata":{"finalizers":null}}""");
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        using var get = await _client.GetAsync(ConfigMaps + "/fin");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task Delete_UidPrecondition_Mismatch_Is409()
    {
        (await PostAsync(ConfigMaps, """{"metadata":{"name":"pre"}}""")).Dispose();
        using var request = new HttpRequestMessage(HttpMethod.Delete, ConfigMaps + "/pre")
        {
            Content = new StringContent("""{"preconditions":{"uid":"nope"}}""", Encoding.UTF8, "application/json"),
        };

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Precondition failed: UID in precondition: nope", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("application/merge-patch+json", """{"data":{"b":"2"}}""")]
    [InlineData("application/json-patch+json", """[{"op":"add","path":"/data/b","value":"2"}]""")]
    [InlineData("application/strategic-merge-patch+json", """{"data":{"b":"2"}}""")]
    public async Task Patch_EachType_Applies(string contentType, string patch)
    {
        (await PostAsync(ConfigMaps, """{"metadata":{"name":"pt"},"data":{"a":"1"}}""")).Dispose();

        using var response = await PatchAsync(ConfigMaps + "/pt", contentType, patch);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var obj = await GetJsonAsync(ConfigMaps + "/pt");
        Assert.Equal("1", (string?)obj["data"]!["a"]);
        Assert.Equal("2", (string?)obj["data"]!["b"]);
    }

    [Fact]
    public async Task Patch_StaleResourceVersionInPatch_Is409()
    {
        (await PostAsync(ConfigMaps, """{"metadata":{"name":"prv"}}""")).Dispose();

        using var response = await PatchAsync(ConfigMaps + "/prv", "application/merge-patch+json", """{"metadata":{"resourceVersion":"1"},"data":{"a":"b"}}""");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Patch_BadJsonPatch_Is4xx()
    {
        (await PostAsync(ConfigMaps, """{"metadata":{"name":"bp"}}""")).Dispose();

        using var malformed = await PatchAsync(ConfigMaps + "/bp", "application/json-patch+json", "{");
        using var unappliable = await PatchAsync(ConfigMaps + "/bp", "application/json-patch+json", """[{"op":"remove","path":"/data/missing"}]""");

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(422, (int)unappliable.StatusCode);
    }

    [Fact]
    public async Task Watch_FromListVersion_DeliversLaterChangesInOrder()
    {
        var list = await GetJsonAsync(ConfigMaps);
        var rv = (string)list["metadata"]!["resourceVersion"]!;
        using var request = new HttpRequestMessage(HttpMethod.Get, ConfigMaps + "?watch=true&resourceVersion=" + rv);
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        (await PostAsync(ConfigMaps, """{"metadata":{"name":"wa"}}""")).Dispose();
        (await PatchAsync(ConfigMaps + "/wa", "application/merge-patch+json", """{"data":{"a":"b"}}""")).Dispose();
        (await _client.DeleteAsync(ConfigMaps + "/wa")).Dispose();

        var types = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
            var watchEvent = JsonNode.Parse(line!)!;
            Assert.Equal("wa", (string?)watchEvent["object"]!["metadata"]!["name"]);
            types.Add((string)watchEvent["type"]!);
        }

        Assert.Equal(["ADDED", "MODIFIED", "DELETED"], types);
    }

    [Fact]
    public async Task Watch_FromListVersionAfterOtherResourcesChanged_IsNotExpired()
    {
        // The informer pattern: list, then watch from the list's resourceVersion. Writes to other resources move
        // the datastore's revision past it without any configmap event; the watch must still start, not 410.
        var list = await GetJsonAsync(ConfigMaps);
        var rv = (string)list["metadata"]!["resourceVersion"]!;
        for (var i = 0; i < 3; i++)
        {
            (await PostAsync("/api/v1/namespaces/default/secrets", $$$"""{"metadata":{"name":"other{{{i}}}"}}""")).Dispose();
        }

        var fresh = await GetJsonAsync(ConfigMaps);
        Assert.True(long.Parse((string)fresh["metadata"]!["resourceVersion"]!) > long.Parse(rv));
        using var request = new HttpRequestMessage(HttpMethod.Get, ConfigMaps + "?watch=true&resourceVersion=" + rv);
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        (await PostAsync(ConfigMaps, """{"metadata":{"name":"after-other"}}""")).Dispose();
        var line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));

        var watchEvent = JsonNode.Parse(line!)!;
        Assert.Equal("ADDED", (string?)watchEvent["type"]);
        Assert.Equal("after-other", (string?)watchEvent["object"]!["metadata"]!["name"]);
    }

    [Fact]
    public async Task Watch_ResourceVersionZero_StartsWithAddedEvents()
    {
        (await PostAsync(ConfigMaps, """{"metadata":{"name":"w0"}}""")).Dispose();
        using var request = new HttpRequestMessage(HttpMethod.Get, ConfigMaps + "?watch=1&resourceVersion=0&fieldSelector=metadata.name%3Dw0");
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        var line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));

        var watchEvent = JsonNode.Parse(line!)!;
        Assert.Equal("ADDED", (string?)watchEvent["type"]);
        Assert.Equal("w0", (string?)watchEvent["object"]!["metadata"]!["name"]);
    }

    [Fact]
    public async Task Table_Accept_ReturnsDefaultColumns()
    {
        (await PostAsync(ConfigMaps, """{"metadata":{"name":"t1"}}""")).Dispose();
        using var request = new HttpRequestMessage(HttpMethod.Get, ConfigMaps);
        request.Headers.Accept.ParseAdd("application/json;as=Table;v=v1;g=meta.k8s.io");
        request.Headers.Accept.ParseAdd("application/json");

        using var response = await _client.SendAsync(request);

        var table = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Table", (string?)table["kind"]);
        Assert.Equal("meta.k8s.io/v1", (string?)table["apiVersion"]);
        Assert.Equal("Name", (string?)table["columnDefinitions"]![0]!["name"]);
        var row = table["rows"]!.AsArray().Single(r => (string?)r!["cells"]![0] == "t1")!;
        Assert.Equal("PartialObjectMetadata", (string?)row["object"]!["kind"]);
    }

    [Fact]
    public async Task UnknownResource_Is404()
    {
        using var response = await _client.GetAsync("/api/v1/namespaces/default/nothings");

        await AssertStatusAsync(response, 404, "NotFound", "the server could not find the requested resource");
    }

    private static List<string> Names(JsonNode list) =>
        [.. list["items"]!.AsArray().Select(i => (string)i!["metadata"]!["name"]!)];

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!;
    }

    private Task<HttpResponseMessage> PostAsync(string path, string json) =>
        _client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    private Task<HttpResponseMessage> PutAsync(string path, string json) =>
        _client.PutAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    private Task<HttpResponseMessage> PatchAsync(string path, string contentType, string patch)
    {
        var content = new StringContent(patch, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return _client.PatchAsync(path, content);
    }

    private static async Task AssertStatusAsync(HttpResponseMessage response, int code, string reason, string? message)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(code == (int)response.StatusCode, $"expected {code}, got {(int)response.StatusCode}: {text}");
        var status = JsonNode.Parse(text)!;
        Assert.Equal("Status", (string?)status["kind"]);
        Assert.Equal("Failure", (string?)status["status"]);
        Assert.Equal(reason, (string?)status["reason"]);
        Assert.Equal(code, (int)status["code"]!);
        if (message is not null)
        {
            Assert.Equal(message, (string?)status["message"]);
        }
    }
}
