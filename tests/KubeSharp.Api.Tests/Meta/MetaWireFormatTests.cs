using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Api.ApiDiscovery.V2;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Tests.Meta;

/// <summary>The meta/v1 and discovery bodies kubectl reads, in upstream's exact shape.</summary>
public sealed class MetaWireFormatTests
{
    private static void AssertJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}\nactual   {actual}");

    [Fact]
    public void Serialize_NotFoundStatus_MatchesUpstreamErrorBody()
    {
        var status = new Status
        {
            Kind = "Status",
            ApiVersion = "v1",
            Result = Status.Failure,
            Message = "pods \"web\" not found",
            Reason = StatusReason.NotFound,
            Details = new StatusDetails { Name = "web", Kind = "pods" },
            Code = 404,
        };

        AssertJson(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods \"web\" not found","reason":"NotFound","details":{"name":"web","kind":"pods"},"code":404}""",
            KubeJson.Serialize(status));
    }

    [Fact]
    public void Deserialize_InvalidStatus_ReadsCausesFromReason()
    {
        var status = KubeJson.Deserialize<Status>(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","reason":"Invalid","code":422,"details":{"name":"p","kind":"Pod","causes":[{"reason":"FieldValueRequired","message":"Required value","field":"spec.containers"}]}}""")!;

        var cause = Assert.Single(status.Details!.Causes!);
        Assert.Equal(CauseType.FieldValueRequired, cause.Type);
        Assert.Equal("spec.containers", cause.Field);
        Assert.Equal(Status.Failure, status.Result);
    }

    [Fact]
    public void WatchEvent_RoundTrip_KeepsObjectAsRawJson()
    {
        const string json = """{"type":"MODIFIED","object":{"kind":"Pod","apiVersion":"v1","metadata":{"name":"p","resourceVersion":"7"},"spec":{"containers":[]}}}""";

        var watchEvent = KubeJson.Deserialize<WatchEvent>(json)!;

        Assert.Equal(WatchEventType.Modified, watchEvent.Type);
        Assert.Equal("7", watchEvent.Object.GetProperty("metadata").GetProperty("resourceVersion").GetString());
        AssertJson(json, KubeJson.Serialize(watchEvent));
    }

    [Fact]
    public void Serialize_TableWithoutColumns_WritesNullColumnDefinitions()
    {
        var table = new Table
        {
            Kind = "Table",
            ApiVersion = "meta.k8s.io/v1",
            Rows = [new TableRow { Cells = [JsonSerializer.SerializeToElement("web", KubeJson.Options)] }],
        };

        AssertJson(
            """{"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":{},"columnDefinitions":null,"rows":[{"cells":["web"]}]}""",
            KubeJson.Serialize(table));
    }

    [Fact]
    public void Serialize_Condition_WritesRequiredFields()
    {
        AssertJson(
            """{"type":"Ready","status":"True","lastTransitionTime":null,"reason":"","message":""}""",
            KubeJson.Serialize(new Condition { Type = "Ready", Status = ConditionStatus.True }));
    }

    [Fact]
    public void Serialize_DeleteOptions_WritesOnlyWhatIsSet()
    {
        var options = new DeleteOptions { Kind = "DeleteOptions", ApiVersion = "v1", GracePeriodSeconds = 0, PropagationPolicy = DeletionPropagation.Foreground };

        AssertJson("""{"kind":"DeleteOptions","apiVersion":"v1","gracePeriodSeconds":0,"propagationPolicy":"Foreground"}""", KubeJson.Serialize(options));
    }

    [Fact]
    public void Serialize_APIResourceList_UsesResourcesName()
    {
        var list = new APIResourceList
        {
            Kind = "APIResourceList",
            ApiVersion = "v1",
            GroupVersion = "v1",
            APIResources = [new APIResource { Name = "pods", SingularName = "pod", Namespaced = true, Kind = "Pod", Verbs = ["get"], ShortNames = ["po"] }],
        };

        AssertJson(
            """{"kind":"APIResourceList","apiVersion":"v1","groupVersion":"v1","resources":[{"name":"pods","singularName":"pod","namespaced":true,"kind":"Pod","verbs":["get"],"shortNames":["po"]}]}""",
            KubeJson.Serialize(list));
    }

    [Fact]
    public void Serialize_APIGroup_AlwaysWritesPreferredVersion()
    {
        var group = new APIGroup { Name = "apps", Versions = [new GroupVersionForDiscovery { GroupVersion = "apps/v1", Version = "v1" }] };

        AssertJson(
            """{"name":"apps","versions":[{"groupVersion":"apps/v1","version":"v1"}],"preferredVersion":{"groupVersion":"","version":""}}""",
            KubeJson.Serialize(group));
    }

    [Fact]
    public void Serialize_APIGroupDiscovery_NamesTheGroupInMetadata()
    {
        var list = new APIGroupDiscoveryList
        {
            Kind = "APIGroupDiscoveryList",
            ApiVersion = "apidiscovery.k8s.io/v2",
            Items =
            [
                new APIGroupDiscovery
                {
                    Metadata = new ObjectMeta { Name = "" },
                    Versions =
                    [
                        new APIVersionDiscovery
                        {
                            Version = "v1",
                            Freshness = DiscoveryFreshness.Current,
                            Resources =
                            [
                                new APIResourceDiscovery
                                {
                                    Resource = "pods",
                                    ResponseKind = new GroupVersionKind { Version = "v1", Kind = "Pod" },
                                    Scope = ResourceScope.Namespaced,
                                    SingularResource = "pod",
                                    Verbs = ["get", "list"],
                                    Subresources = [new APISubresourceDiscovery { Subresource = "log", Verbs = ["get"] }],
                                },
                            ],
                        },
                    ],
                },
            ],
        };

        AssertJson(
            """
            {"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2","metadata":{},"items":[{"metadata":{"name":""},
             "versions":[{"version":"v1","freshness":"Current","resources":[{"resource":"pods","responseKind":{"group":"","version":"v1","kind":"Pod"},
             "scope":"Namespaced","singularResource":"pod","verbs":["get","list"],"subresources":[{"subresource":"log","verbs":["get"]}]}]}]}]}
            """,
            KubeJson.Serialize(list));
    }

    [Fact]
    public void TypeMeta_ReadsKindOfAnyBody()
    {
        var typeMeta = KubeJson.Deserialize<TypeMeta>("""{"apiVersion":"apps/v1","kind":"Deployment","spec":{"replicas":1}}""")!;

        Assert.Equal("Deployment", typeMeta.Kind);
        Assert.Equal("apps/v1", typeMeta.ApiVersion);
    }
}
