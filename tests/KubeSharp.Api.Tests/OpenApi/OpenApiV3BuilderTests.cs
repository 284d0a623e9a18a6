using System.Text.Json.Nodes;
using KubeSharp.Api.OpenApi;
using KubeSharp.Api.Scheme;

namespace KubeSharp.Api.Tests.OpenApi;

/// <summary>The v3 documents carry what kubectl reads (kubectl-wire.md §3.2): GVK-tagged PATCH operations with an inline fieldValidation parameter, patch media types, tagged and annotated schemas.</summary>
public sealed class OpenApiV3BuilderTests
{
    private static readonly Lazy<OpenApiDocuments> Documents = new(() => new OpenApiDocuments(KubeScheme.Default.Mappings, "v1.33.1", XmlDocumentation.For(typeof(KubeModel).Assembly)));

    private static JsonObject Document(string path) =>
        JsonNode.Parse(Documents.Value.Find(path)?.Json ?? throw new InvalidOperationException($"no document {path}"))!.AsObject();

    public static TheoryData<string, string, string> PatchOperations() => new()
    {
        { "apis/apps/v1", "/apis/apps/v1/namespaces/{namespace}/deployments/{name}", "Deployment" },
        { "api/v1", "/api/v1/namespaces/{namespace}/pods/{name}", "Pod" },
        { "api/v1", "/api/v1/namespaces/{name}", "Namespace" },
        { "api/v1", "/api/v1/namespaces/{namespace}/configmaps/{name}", "ConfigMap" },
        { "apis/rbac.authorization.k8s.io/v1", "/apis/rbac.authorization.k8s.io/v1/clusterroles/{name}", "ClusterRole" },
        { "apis/batch/v1", "/apis/batch/v1/namespaces/{namespace}/cronjobs/{name}", "CronJob" },
    };

    [Theory]
    [MemberData(nameof(PatchOperations))]
    public void Build_PatchOperation_HasGvkAndInlineFieldValidation(string document, string path, string kind)
    {
        var patch = Document(document)["paths"]![path]!["patch"]!.AsObject();

        var gvk = patch["x-kubernetes-group-version-kind"]!.AsObject();
        Assert.Equal(kind, gvk["kind"]!.GetValue<string>());
        Assert.Equal(document.StartsWith("api/", StringComparison.Ordinal) ? "" : document.Split('/')[1], gvk["group"]!.GetValue<string>());
        Assert.Equal("patch", patch["x-kubernetes-action"]!.GetValue<string>());
        Assert.Contains(patch["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "fieldValidation" && p["in"]!.GetValue<string>() == "query");
        var content = patch["requestBody"]!["content"]!.AsObject();
        Assert.True(content.ContainsKey("application/strategic-merge-patch+json"));
        Assert.True(content.ContainsKey("application/apply-patch+yaml"));
    }

    [Fact]
    public void Build_KindSchema_TaggedWithGvkArray()
    {
        var schema = Document("apis/apps/v1")["components"]!["schemas"]!["io.k8s.api.apps.v1.Deployment"]!;

        var tags = schema["x-kubernetes-group-version-kind"]!.AsArray();
        Assert.Equal("""[{"group":"apps","kind":"Deployment","version":"v1"}]""", tags.ToJsonString());
        Assert.Equal("object", schema["type"]!.GetValue<string>());
    }

    [Fact]
    public void Build_PodSpecContainers_CarryPatchAndListExtensions()
    {
        var containers = Document("api/v1")["components"]!["schemas"]!["io.k8s.api.core.v1.PodSpec"]!["properties"]!["containers"]!;

        Assert.Equal("array", containers["type"]!.GetValue<string>());
        Assert.Equal("name", containers["x-kubernetes-patch-merge-key"]!.GetValue<string>());
        Assert.Equal("merge", containers["x-kubernetes-patch-strategy"]!.GetValue<string>());
        Assert.Equal("map", containers["x-kubernetes-list-type"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/io.k8s.api.core.v1.Container", containers["items"]!["allOf"]![0]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public void Build_EveryDocument_EveryReferenceResolves()
    {
        foreach (var path in Documents.Value.GroupVersions)
        {
            var document = Document(path);
            var schemas = document["components"]!["schemas"]!.AsObject();
            var missing = new List<string>();
            CollectReferences(document, reference =>
            {
                const string Prefix = "#/components/schemas/";
                if (!reference.StartsWith(Prefix, StringComparison.Ordinal) || !schemas.ContainsKey(reference[Prefix.Length..]))
                {
                    missing.Add(reference);
                }
            });

            Assert.True(missing.Count == 0, $"{path}: unresolved {string.Join(", ", missing.Distinct())}");
        }
    }

    [Fact]
    public void Build_QuantityAndIntOrString_AsUpstreamPublishesThem()
    {
        var schemas = Document("api/v1")["components"]!["schemas"]!;

        Assert.Equal("""[{"type":"string"},{"type":"number"}]""", schemas["io.k8s.apimachinery.pkg.api.resource.Quantity"]!["oneOf"]!.ToJsonString());
        Assert.True(schemas["io.k8s.apimachinery.pkg.util.intstr.IntOrString"]!["x-kubernetes-int-or-string"]!.GetValue<bool>());
        Assert.Equal("date-time", schemas["io.k8s.apimachinery.pkg.apis.meta.v1.Time"]!["format"]!.GetValue<string>());
    }

    [Fact]
    public void Build_NamespacedKind_ListsAcrossNamespacesToo()
    {
        var paths = Document("api/v1")["paths"]!.AsObject();

        Assert.Equal("listCoreV1PodForAllNamespaces", paths["/api/v1/pods"]!["get"]!["operationId"]!.GetValue<string>());
        Assert.Equal("list", paths["/api/v1/namespaces/{namespace}/pods"]!["get"]!["x-kubernetes-action"]!.GetValue<string>());
        var scale = Document("apis/apps/v1")["paths"]!["/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale"]!["patch"]!;
        Assert.Equal("Scale", scale["x-kubernetes-group-version-kind"]!["kind"]!.GetValue<string>());
        Assert.Equal("autoscaling", scale["x-kubernetes-group-version-kind"]!["group"]!.GetValue<string>());
    }

    [Fact]
    public void Index_EveryGroupVersion_LinksItsDocumentByHash()
    {
        var index = JsonNode.Parse(Documents.Value.IndexJson)!["paths"]!.AsObject();

        Assert.True(index.ContainsKey("api/v1"));
        Assert.True(index.ContainsKey("apis/apps/v1"));
        foreach (var (path, entry) in index)
        {
            var document = Documents.Value.Find(path)!;
            Assert.Equal($"/openapi/v3/{path}?hash={document.Hash}", entry!["serverRelativeURL"]!.GetValue<string>());
            Assert.Equal(128, document.Hash.Length);
        }
    }

    private static void CollectReferences(JsonNode? node, Action<string> found)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name == "$ref" && value is JsonValue reference)
                    {
                        found(reference.GetValue<string>());
                    }
                    else
                    {
                        CollectReferences(value, found);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    CollectReferences(item, found);
                }

                break;
        }
    }
}
