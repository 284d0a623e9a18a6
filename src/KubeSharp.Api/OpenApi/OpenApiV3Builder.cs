using System.Text.Json.Nodes;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Scheme;
using GroupVersionKind = KubeSharp.Api.Scheme.GroupVersionKind;

namespace KubeSharp.Api.OpenApi;

/// <summary>
/// Builds the OpenAPI 3.0 document of one group-version (<c>/openapi/v3/apis/apps/v1</c>) the way upstream's
/// kube-openapi builder lays it out, keeping what kubectl reads (kubectl-wire.md §3.2): every operation carries
/// <c>x-kubernetes-action</c> and a single-object <c>x-kubernetes-group-version-kind</c>; each PATCH operation
/// has the inline <c>fieldValidation</c> query parameter (kubectl 1.27 does not follow parameter <c>$ref</c>s) and
/// request content for every patch type, strategic merge included (all our kinds are built in); component
/// schemas carry <c>x-kubernetes-group-version-kind</c> arrays and the patch/list extensions.
/// </summary>
public sealed class OpenApiV3Builder
{
    private const string PatchDefinition = "io.k8s.apimachinery.pkg.apis.meta.v1.Patch";

    private static readonly string[] PatchTypes =
        ["application/apply-patch+yaml", "application/json-patch+json", "application/merge-patch+json", "application/strategic-merge-patch+json"];

    private static readonly string[] ResponseTypes = ["application/json", "application/yaml", "application/vnd.kubernetes.protobuf"];

    private readonly XmlDocumentation _documentation;
    private readonly string _serverVersion;

    /// <param name="documentation">descriptions for the schemas.</param>
    /// <param name="serverVersion">the info.version upstream writes ("v1.33.0").</param>
    public OpenApiV3Builder(XmlDocumentation documentation, string serverVersion)
    {
        _documentation = documentation;
        _serverVersion = serverVersion;
    }

    /// <summary>The index key of a group-version: <c>api/v1</c> or <c>apis/apps/v1</c> (no leading slash, as upstream).</summary>
    public static string PathOf(string group, string version) => group.Length == 0 ? $"api/{version}" : $"apis/{group}/{version}";

    /// <summary>The document for the kinds of one group-version (all <paramref name="mappings"/> must share it).</summary>
    public JsonObject Build(IReadOnlyList<ResourceMapping> mappings)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        if (mappings.Count == 0)
        {
            throw new ArgumentException("a group-version document needs at least one resource", nameof(mappings));
        }

        var kindsByType = new Dictionary<Type, List<GroupVersionKind>>();
        foreach (var mapping in mappings)
        {
            AddKind(kindsByType, mapping.Type, mapping.Kind);
            if (mapping.ListType is { } listType)
            {
                AddKind(kindsByType, listType, mapping.ListKind);
            }
        }

        var schemas = new OpenApiSchemaBuilder(OpenApiVersion.V3, _documentation, type => kindsByType.TryGetValue(type, out var kinds) ? kinds : []);
        schemas.Add(PatchDefinition, new JsonObject { ["description"] = "Patch is provided to give a concrete name and type to the Kubernetes PATCH request body.", ["type"] = "object" });
        var paths = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var mapping in mappings.OrderBy(m => m.Resource, StringComparer.Ordinal))
        {
            AddPaths(paths, mapping, schemas);
        }

        var pathsNode = new JsonObject();
        foreach (var (path, item) in paths)
        {
            pathsNode[path] = item;
        }

        var schemasNode = new JsonObject();
        foreach (var (name, schema) in schemas.Definitions)
        {
            schemasNode[name] = schema;
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.0",
            ["info"] = new JsonObject { ["title"] = "Kubernetes", ["version"] = _serverVersion },
            ["paths"] = pathsNode,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemasNode,
                ["securitySchemes"] = new JsonObject
                {
                    ["BearerToken"] = new JsonObject { ["description"] = "Bearer Token authentication", ["in"] = "header", ["name"] = "authorization", ["type"] = "apiKey" },
                },
            },
            ["security"] = new JsonArray(new JsonObject { ["BearerToken"] = new JsonArray() }),
        };
    }

    private static void AddKind(Dictionary<Type, List<GroupVersionKind>> kinds, Type type, GroupVersionKind kind)
    {
        if (!kinds.TryGetValue(type, out var list))
        {
            kinds[type] = list = [];
        }

        if (!list.Contains(kind))
        {
            list.Add(kind);
        }
    }

    private void AddPaths(SortedDictionary<string, JsonObject> paths, ResourceMapping mapping, OpenApiSchemaBuilder schemas)
    {
        var kind = mapping.Kind;
        var prefix = "/" + PathOf(kind.Group, kind.Version);
        var collection = mapping.Namespaced ? $"{prefix}/namespaces/{{namespace}}/{mapping.Resource}" : $"{prefix}/{mapping.Resource}";
        var item = collection + "/{name}";
        var names = new OperationNames(kind, mapping.Namespaced);
        var verbs = mapping.Verbs;
        var body = schemas.Reference(mapping.Type);

        var collectionOps = new JsonObject();
        if (verbs.Contains(Verbs.List) && mapping.ListType is { } listType)
        {
            collectionOps["get"] = Operation(names.Id("list", ""), $"list or watch objects of kind {kind.Kind}", "list", kind, ListParameters(), null, Responses(schemas.Reference(listType), false));
        }

        if (verbs.Contains(Verbs.Create))
        {
            collectionOps["post"] = Operation(names.Id("create", ""), $"create a {kind.Kind}", "post", kind, WriteParameters(), Body(body), Responses(body, true));
        }

        if (verbs.Contains(Verbs.DeleteCollection))
        {
            collectionOps["delete"] = Operation(names.Id("deletecollection", ""), $"delete collection of {kind.Kind}", "deletecollection", kind, ListParameters(), null, Responses(schemas.Reference(typeof(Status)), false));
        }

        AddPath(paths, collection, collectionOps, mapping.Namespaced, named: false);

        var itemOps = new JsonObject();
        if (verbs.Contains(Verbs.Get))
        {
            itemOps["get"] = Operation(names.Id("read", ""), $"read the specified {kind.Kind}", "get", kind, [], null, Responses(body, false));
        }

        if (verbs.Contains(Verbs.Update))
        {
            itemOps["put"] = Operation(names.Id("replace", ""), $"replace the specified {kind.Kind}", "put", kind, WriteParameters(), Body(body), Responses(body, true));
        }

        if (verbs.Contains(Verbs.Patch))
        {
            itemOps["patch"] = Operation(names.Id("patch", ""), $"partially update the specified {kind.Kind}", "patch", kind, PatchParameters(), PatchBody(), Responses(body, true));
        }

        if (verbs.Contains(Verbs.Delete))
        {
            itemOps["delete"] = Operation(names.Id("delete", ""), $"delete a {kind.Kind}", "delete", kind, [QueryParameter("dryRun", "string"), QueryParameter("gracePeriodSeconds", "integer"), QueryParameter("propagationPolicy", "string")], null, Responses(schemas.Reference(typeof(Status)), false));
        }

        AddPath(paths, item, itemOps, mapping.Namespaced, named: true);

        if (mapping.Namespaced && verbs.Contains(Verbs.List) && mapping.ListType is { } allListType)
        {
            var all = new JsonObject
            {
                ["get"] = Operation(names.AllNamespacesId(), $"list or watch objects of kind {kind.Kind}", "list", kind, ListParameters(), null, Responses(schemas.Reference(allListType), false)),
            };
            AddPath(paths, $"{prefix}/{mapping.Resource}", all, namespaced: false, named: false);
        }

        foreach (var subresource in mapping.Subresources)
        {
            AddSubresource(paths, mapping, subresource, item, names, schemas);
        }
    }

    /// <summary>Subresources that read and write an object (status, scale, approval, ephemeralcontainers, …); streaming ones (log, exec) are not modelled.</summary>
    private void AddSubresource(SortedDictionary<string, JsonObject> paths, ResourceMapping mapping, SubresourceMapping subresource, string item, OperationNames names, OpenApiSchemaBuilder schemas)
    {
        var responseKind = subresource.ResponseKind ?? mapping.Kind;
        var responseType = subresource.ResponseKind is { } other ? KindTypes.Find(KubeScheme.Default, other) : mapping.Type;
        if (responseType is null || subresource.Name is "log" or "exec" or "attach" or "portforward" or "proxy")
        {
            return;
        }

        var body = schemas.Reference(responseType);
        var suffix = char.ToUpperInvariant(subresource.Name[0]) + subresource.Name[1..];
        var ops = new JsonObject();
        foreach (var verb in subresource.Verbs)
        {
            switch (verb)
            {
                case Verbs.Get:
                    ops["get"] = Operation(names.Id("read", suffix), $"read {subresource.Name} of the specified {mapping.Kind.Kind}", "get", responseKind, [], null, Responses(body, false));
                    break;
                case Verbs.Update:
                    ops["put"] = Operation(names.Id("replace", suffix), $"replace {subresource.Name} of the specified {mapping.Kind.Kind}", "put", responseKind, WriteParameters(), Body(body), Responses(body, true));
                    break;
                case Verbs.Patch:
                    ops["patch"] = Operation(names.Id("patch", suffix), $"partially update {subresource.Name} of the specified {mapping.Kind.Kind}", "patch", responseKind, PatchParameters(), PatchBody(), Responses(body, true));
                    break;
                case Verbs.Create:
                    ops["post"] = Operation(names.Id("create", suffix), $"create {subresource.Name} of a {mapping.Kind.Kind}", "post", responseKind, WriteParameters(), Body(body), Responses(body, true));
                    break;
            }
        }

        AddPath(paths, $"{item}/{subresource.Name}", ops, mapping.Namespaced, named: true);
    }

    private static void AddPath(SortedDictionary<string, JsonObject> paths, string path, JsonObject operations, bool namespaced, bool named)
    {
        if (operations.Count == 0)
        {
            return;
        }

        var parameters = new JsonArray();
        if (named)
        {
            parameters.Add(PathParameter("name", "name of the resource"));
        }

        if (namespaced)
        {
            parameters.Add(PathParameter("namespace", "object name and auth scope, such as for teams and projects"));
        }

        parameters.Add(QueryParameter("pretty", "string"));
        if (paths.TryGetValue(path, out var existing))
        {
            foreach (var (method, operation) in operations.ToList())
            {
                operations.Remove(method);
                existing[method] = operation;
            }

            return;
        }

        operations["parameters"] = parameters;
        paths[path] = operations;
    }

    private static JsonObject Operation(string id, string description, string action, GroupVersionKind kind, IEnumerable<JsonObject> parameters, JsonObject? requestBody, JsonObject responses)
    {
        var operation = new JsonObject
        {
            ["description"] = description,
            ["operationId"] = id,
            ["tags"] = new JsonArray(OperationNames.Tag(kind)),
        };
        var list = new JsonArray();
        foreach (var parameter in parameters)
        {
            list.Add(parameter);
        }

        if (list.Count > 0)
        {
            operation["parameters"] = list;
        }

        if (requestBody is not null)
        {
            operation["requestBody"] = requestBody;
        }

        operation["responses"] = responses;
        operation["x-kubernetes-action"] = action;
        operation["x-kubernetes-group-version-kind"] = new JsonObject { ["group"] = kind.Group, ["kind"] = kind.Kind, ["version"] = kind.Version };
        return operation;
    }

    private static JsonObject Body(JsonObject reference) => new()
    {
        ["content"] = Content(reference, ["*/*"]),
        ["required"] = true,
    };

    private static JsonObject PatchBody() => new()
    {
        ["content"] = Content(new JsonObject { ["$ref"] = "#/components/schemas/" + PatchDefinition }, PatchTypes),
        ["required"] = true,
    };

    private static JsonObject Responses(JsonObject reference, bool created)
    {
        var responses = new JsonObject { ["200"] = new JsonObject { ["content"] = Content(reference, ResponseTypes), ["description"] = "OK" } };
        if (created)
        {
            responses["201"] = new JsonObject { ["content"] = Content(reference, ResponseTypes), ["description"] = "Created" };
        }

        responses["401"] = new JsonObject { ["description"] = "Unauthorized" };
        return responses;
    }

    private static JsonObject Content(JsonObject reference, IEnumerable<string> mediaTypes)
    {
        var content = new JsonObject();
        foreach (var mediaType in mediaTypes)
        {
            content[mediaType] = new JsonObject { ["schema"] = reference.DeepClone() };
        }

        return content;
    }

    private static IEnumerable<JsonObject> WriteParameters() =>
    [
        QueryParameter("dryRun", "string", "When present, indicates that modifications should not be persisted. Valid value: All."),
        QueryParameter("fieldManager", "string", "a name associated with the actor or entity that is making these changes."),
        QueryParameter("fieldValidation", "string", "how the server handles unknown or duplicate fields in the body: Ignore, Warn (the default) or Strict."),
    ];

    private static IEnumerable<JsonObject> PatchParameters() =>
    [
        .. WriteParameters(),
        QueryParameter("force", "boolean", "Force is going to \"force\" Apply requests: re-acquire conflicting fields owned by other people. Must be unset for non-apply patch requests."),
    ];

    private static IEnumerable<JsonObject> ListParameters() =>
    [
        QueryParameter("allowWatchBookmarks", "boolean"),
        QueryParameter("continue", "string"),
        QueryParameter("fieldSelector", "string"),
        QueryParameter("labelSelector", "string"),
        QueryParameter("limit", "integer"),
        QueryParameter("resourceVersion", "string"),
        QueryParameter("resourceVersionMatch", "string"),
        QueryParameter("sendInitialEvents", "boolean"),
        QueryParameter("timeoutSeconds", "integer"),
        QueryParameter("watch", "boolean"),
    ];

    private static JsonObject QueryParameter(string name, string type, string? description = null)
    {
        var parameter = new JsonObject { ["in"] = "query", ["name"] = name, ["schema"] = new JsonObject { ["type"] = type, ["uniqueItems"] = true } };
        if (description is not null)
        {
            parameter["description"] = description;
        }

        return parameter;
    }

    private static JsonObject PathParameter(string name, string description) => new()
    {
        ["description"] = description,
        ["in"] = "path",
        ["name"] = name,
        ["required"] = true,
        ["schema"] = new JsonObject { ["type"] = "string", ["uniqueItems"] = true },
    };
}
