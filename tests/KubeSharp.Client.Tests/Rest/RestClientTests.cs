using System.Net;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Client.Config;
using KubeSharp.Client.Rest;
using KubeSharp.Machinery.Errors;
using KubeSharp.Testing.Time;

namespace KubeSharp.Client.Tests.Rest;

public sealed class RestClientTests
{
    private const string PodJson = """{"kind":"Pod","apiVersion":"v1","metadata":{"name":"web","namespace":"ns","resourceVersion":"7"},"spec":{"containers":[{"name":"c","image":"busybox"}]}}""";
    private const string NotFoundJson = """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods \"web\" not found","reason":"NotFound","details":{"name":"web","kind":"pods"},"code":404}""";

    private readonly FakeTimeProvider _time = new();
    private readonly ScriptedHandler _handler = new();

    private Kubernetes Client(double qps = 0, int burst = 10, string? token = "secret") => new(
        new ClientConfig { Host = new Uri("https://127.0.0.1:6443"), Transport = _handler, BearerToken = token, Qps = qps, Burst = burst },
        _time);

    [Fact]
    public async Task Get_TypedClient_PathAuthAndDecoding()
    {
        _handler.Then(HttpStatusCode.OK, PodJson);
        using var client = Client();

        var pod = await client.Resource<Pod>().Namespace("ns").GetAsync("web");

        Assert.Equal("7", pod.Metadata.ResourceVersion);
        var request = Assert.Single(_handler.Requests);
        Assert.Equal("/api/v1/namespaces/ns/pods/web", request.PathAndQuery);
        Assert.Equal("Bearer secret", request.Authorization);
    }

    [Fact]
    public async Task Error_WithStatusBody_ApiExceptionCarriesTheServersStatus()
    {
        _handler.Then(HttpStatusCode.NotFound, NotFoundJson);
        using var client = Client();

        var error = await Assert.ThrowsAsync<ApiException>(() => client.Resource<Pod>().Namespace("ns").GetAsync("web"));

        Assert.True(ApiErrors.IsNotFound(error));
        Assert.Equal("pods \"web\" not found", error.Message);
        Assert.Equal(404, error.Code);
    }

    [Fact]
    public async Task Error_WithoutStatusBody_GenericServerResponse()
    {
        _handler.Then(HttpStatusCode.BadGateway, "upstream connect error").Then(HttpStatusCode.Conflict, "plain text");
        using var client = new Kubernetes(new ClientConfig { Host = new Uri("https://127.0.0.1:6443"), Transport = _handler, Qps = 0, MaxRetries = 0 }, _time);

        var error = await Assert.ThrowsAsync<ApiException>(() => client.Resource<Pod>().Namespace("ns").GetAsync("web"));

        Assert.Equal(502, error.Code);
        var conflict = await Assert.ThrowsAsync<ApiException>(() => client.Resource<Pod>().Namespace("ns").GetAsync("web"));
        Assert.Equal(409, conflict.Code);
        Assert.Equal(StatusReason.Conflict, conflict.Reason);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task RetryAfter_OnThrottlingOrServerError_RetriedAfterThatManySeconds(HttpStatusCode code)
    {
        _handler.Then(code, """{"kind":"Status","code":429,"reason":"TooManyRequests"}""", r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(3)))
            .Then(HttpStatusCode.Created, PodJson);
        using var client = Client();

        var create = client.Resource<Pod>().Namespace("ns").CreateAsync(new Pod { Metadata = new ObjectMeta { Name = "web" } });
        await _time.WaitForTimersAsync(1);
        _time.Advance(TimeSpan.FromMilliseconds(2999));
        Assert.False(create.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await create;

        Assert.Equal(2, _handler.Requests.Count);
        Assert.All(_handler.Requests, r => Assert.Contains("\"name\":\"web\"", r.Body));
    }

    [Fact]
    public async Task ServerError_WithoutRetryAfter_OnAWrite_NotRetried()
    {
        _handler.Then(HttpStatusCode.InternalServerError, """{"kind":"Status","code":500,"reason":"InternalError","message":"boom"}""");
        using var client = Client();

        var error = await Assert.ThrowsAsync<ApiException>(() => client.Resource<Pod>().Namespace("ns").CreateAsync(new Pod { Metadata = new ObjectMeta { Name = "web" } }));

        Assert.Equal("boom", error.Message);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task RetryAfter_MaxRetriesReached_FailsWithTheLastAnswer()
    {
        using var client = new Kubernetes(new ClientConfig { Host = new Uri("https://127.0.0.1:6443"), Transport = _handler, Qps = 0, MaxRetries = 2 }, _time);
        for (var i = 0; i < 3; i++)
        {
            _handler.Then(HttpStatusCode.TooManyRequests, """{"kind":"Status","code":429,"reason":"TooManyRequests","message":"slow down"}""", r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1)));
        }

        var get = client.Resource<Pod>().Namespace("ns").GetAsync("web");
        for (var i = 0; i < 2; i++)
        {
            await _time.WaitForTimersAsync(1);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var error = await Assert.ThrowsAsync<ApiException>(() => get);
        Assert.True(ApiErrors.IsTooManyRequests(error));
        Assert.Equal(3, _handler.Requests.Count);
    }

    [Fact]
    public async Task RateLimiter_BurstThenQps()
    {
        for (var i = 0; i < 3; i++)
        {
            _handler.Then(HttpStatusCode.OK, PodJson);
        }

        using var client = Client(qps: 1, burst: 2);
        var pods = client.Resource<Pod>().Namespace("ns");
        await pods.GetAsync("web");
        await pods.GetAsync("web");
        var third = pods.GetAsync("web");
        await _time.WaitForTimersAsync(1);
        Assert.Equal(2, _handler.Requests.Count);

        _time.Advance(TimeSpan.FromSeconds(1));
        await third;
        Assert.Equal(3, _handler.Requests.Count);
    }

    [Fact]
    public async Task Patch_And_Apply_SendTheirContentTypesAndOptions()
    {
        _handler.Then(HttpStatusCode.OK, PodJson).Then(HttpStatusCode.OK, PodJson);
        using var client = Client();
        var pods = client.Resource<Pod>().Namespace("ns");

        await pods.PatchAsync("web", PatchType.StrategicMerge, """{"metadata":{"labels":{"a":"b"}}}""", new PatchOptions { FieldManager = "me" }, "status");
        await pods.ApplyAsync(new Pod { Metadata = new ObjectMeta { Name = "web", Namespace = "ns" } }, "kubesharp", force: true);

        Assert.Equal("/api/v1/namespaces/ns/pods/web/status?fieldManager=me", _handler.Requests[0].PathAndQuery);
        Assert.Equal(PatchType.StrategicMerge, _handler.Requests[0].ContentType);
        Assert.Equal("/api/v1/namespaces/ns/pods/web?fieldManager=kubesharp&force=true", _handler.Requests[1].PathAndQuery);
        Assert.Equal(PatchType.Apply, _handler.Requests[1].ContentType);
        Assert.Contains("\"kind\":\"Pod\"", _handler.Requests[1].Body);
    }

    [Fact]
    public async Task List_QueryCarriesSelectorsAndPaging()
    {
        _handler.Then(HttpStatusCode.OK, """{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"9","continue":"abc"},"items":[]}""");
        using var client = Client();

        var list = await client.Resource<Pod>().ListAsync(new ListOptions { LabelSelector = "app=web,tier!=db", FieldSelector = "spec.nodeName=n1", Limit = 500 });

        Assert.Equal("abc", list.Metadata.Continue);
        Assert.Equal("/api/v1/pods?labelSelector=app%3Dweb%2Ctier%21%3Ddb&fieldSelector=spec.nodeName%3Dn1&limit=500", _handler.Requests[0].PathAndQuery);
    }

    [Fact]
    public async Task Watch_DecodesEventsAndErrors()
    {
        var stream = string.Join("\n",
            """{"type":"ADDED","object":""" + PodJson + "}",
            """{"type":"BOOKMARK","object":{"kind":"Pod","apiVersion":"v1","metadata":{"resourceVersion":"12"}}}""",
            """{"object":""" + PodJson + ""","type":"DELETED"}""",
            """{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too old resource version: 1 (5)","reason":"Expired","code":410}}""") + "\n";
        _handler.Then(HttpStatusCode.OK, stream);
        using var client = Client();

        var events = new List<WatchEvent<Pod>>();
        await foreach (var item in client.Resource<Pod>().WatchAsync(new ListOptions { ResourceVersion = "5", AllowWatchBookmarks = true }))
        {
            events.Add(item);
        }

        Assert.Equal("/api/v1/pods?watch=true&resourceVersion=5&allowWatchBookmarks=true", _handler.Requests[0].PathAndQuery);
        Assert.Equal([WatchEventType.Added, WatchEventType.Bookmark, WatchEventType.Deleted, WatchEventType.Error], events.Select(e => e.Type));
        Assert.Equal("web", events[0].Object!.Metadata.Name);
        Assert.Equal("12", events[1].Object!.Metadata.ResourceVersion);
        Assert.Equal("web", events[2].Object!.Metadata.Name);
        Assert.Equal(410, events[3].Status!.Code);
        Assert.Equal(StatusReason.Expired, events[3].Status!.Reason);
    }

    [Fact]
    public async Task Dynamic_ClusterScopedAndGroupPaths()
    {
        _handler.Then(HttpStatusCode.OK, """{"kind":"Widget","apiVersion":"example.com/v1","metadata":{"name":"w"}}""")
            .Then(HttpStatusCode.OK, """{"kind":"Node","apiVersion":"v1","metadata":{"name":"n1"}}""");
        using var client = Client();

        var widget = await client.Dynamic(new Api.Scheme.GroupVersionResource("example.com", "v1", "widgets")).Namespace("ns").GetAsync("w");
        var node = await client.Dynamic(new Api.Scheme.GroupVersionResource("", "v1", "nodes")).GetAsync("n1");

        Assert.Equal("Widget", widget["kind"]!.GetValue<string>());
        Assert.Equal("/apis/example.com/v1/namespaces/ns/widgets/w", _handler.Requests[0].PathAndQuery);
        Assert.Equal("/api/v1/nodes/n1", _handler.Requests[1].PathAndQuery);
        Assert.Equal("n1", node["metadata"]!["name"]!.GetValue<string>());
    }
}
