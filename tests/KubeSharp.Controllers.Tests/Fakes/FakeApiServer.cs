using System.IO.Pipelines;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using KubeSharp.Api;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Scheme;
using KubeSharp.Api.Serialization;
using KubeSharp.Client;
using KubeSharp.Client.Config;
using KubeSharp.Machinery.Labels;
using KubeSharp.Machinery.Patch.Json;
using KubeSharp.Machinery.Patch.Merge;
using KubeSharp.Machinery.Patch.Strategic;
using KubeSharp.Machinery.Schema;

namespace KubeSharp.Controllers.Tests.Fakes;

/// <summary>
/// An in-memory API server behind the client's transport seam (client-go's fake clientset with its object tracker):
/// get, list (label selectors), create (generateName, uid, resourceVersion, generation), update with
/// resourceVersion preconditions, the status subresource, delete (finalizers keep an object until removed),
/// json/merge/strategic patches, and watch streams from a resourceVersion. Every request is recorded, and
/// <see cref="Reactors"/> can answer a request first (to inject failures).
/// </summary>
public sealed class FakeApiServer : HttpMessageHandler
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, JsonObject> _objects = new(StringComparer.Ordinal);
    private readonly List<(string Resource, string Namespace, Selector Selector, Channel<string> Events)> _watchers = [];
    private readonly List<(long Revision, string Resource, string Namespace, string Type, JsonObject Object)> _history = [];
    private readonly TimeProvider _time;
    private long _revision = 1;
    private int _names;

    public FakeApiServer(TimeProvider time)
    {
        _time = time;
    }

    public List<FakeAction> Actions { get; } = [];

    /// <summary>Called first for every request; a non-null answer is returned instead of the tracker's.</summary>
    public List<Func<FakeAction, HttpResponseMessage?>> Reactors { get; } = [];

    /// <summary>A client whose requests this fake answers, without client-side rate limits.</summary>
    public Kubernetes NewClient() =>
        new(new ClientConfig { Host = new Uri("https://fake.invalid"), Transport = this, Qps = 0, MaxRetries = 0 }, _time);

    /// <summary>Stores an object as if created (uid, resourceVersion and creationTimestamp filled when missing).</summary>
    public T Add<T>(T obj)
        where T : KubeObject
    {
        var mapping = KubeScheme.Default.FindByType<T>()!;
        var node = JsonNode.Parse(KubeJson.Serialize(obj))!.AsObject();
        lock (_lock)
        {
            var stored = CreateLocked(mapping, obj.Metadata.Namespace ?? "", node, out _);
            return Decode<T>(stored);
        }
    }

    /// <summary>The stored object, or null.</summary>
    public T? Get<T>(string ns, string name)
        where T : KubeObject
    {
        var mapping = KubeScheme.Default.FindByType<T>()!;
        lock (_lock)
        {
            return _objects.TryGetValue(Key(mapping, ns, name), out var node) ? Decode<T>(node) : null;
        }
    }

    /// <summary>Every stored object of a kind (in a namespace, when given).</summary>
    public List<T> List<T>(string? ns = null)
        where T : KubeObject
    {
        var mapping = KubeScheme.Default.FindByType<T>()!;
        lock (_lock)
        {
            return [.. Matching(mapping, ns ?? "", Selector.Everything).Select(Decode<T>)];
        }
    }

    /// <summary>Replaces a stored object as an update would (resourceVersion bumped, watchers told).</summary>
    public T Update<T>(T obj)
        where T : KubeObject
    {
        var mapping = KubeScheme.Default.FindByType<T>()!;
        var node = JsonNode.Parse(KubeJson.Serialize(obj))!.AsObject();
        lock (_lock)
        {
            var key = Key(mapping, obj.Metadata.Namespace ?? "", obj.Metadata.Name ?? "");
            var stored = StoreLocked(mapping, key, node, "MODIFIED");
            return Decode<T>(stored);
        }
    }

    /// <summary>Removes an object outright (as the end of graceful deletion would).</summary>
    public void Remove<T>(string ns, string name)
        where T : KubeObject
    {
        var mapping = KubeScheme.Default.FindByType<T>()!;
        lock (_lock)
        {
            RemoveLocked(mapping, Key(mapping, ns, name));
        }
    }

    public List<FakeAction> ActionsOf(string verb, string resource, string? subresource = null)
    {
        lock (_lock)
        {
            return [.. Actions.Where(a => a.Verb == verb && a.Resource == resource && a.Subresource == subresource)];
        }
    }

    public void ClearActions()
    {
        lock (_lock)
        {
            Actions.Clear();
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        var query = ParseQuery(request.RequestUri.Query);
        if (!TryParsePath(path, out var mapping, out var ns, out var name, out var subresource))
        {
            return Error(HttpStatusCode.NotFound, "NotFound", $"the server could not find the requested resource ({path})");
        }

        var watch = query.GetValueOrDefault("watch") == "true";
        var verb = request.Method.Method switch
        {
            "GET" when watch => "watch",
            "GET" when name.Length == 0 => "list",
            "GET" => "get",
            "POST" => "create",
            "PUT" => "update",
            "PATCH" => "patch",
            "DELETE" when name.Length == 0 => "deletecollection",
            "DELETE" => "delete",
            _ => request.Method.Method,
        };
        var action = new FakeAction(verb, mapping.Resource, subresource, ns, name, body is null ? null : Encoding.UTF8.GetString(body), request.Content?.Headers.ContentType?.MediaType);
        List<Func<FakeAction, HttpResponseMessage?>> reactors;
        lock (_lock)
        {
            Actions.Add(action);
            reactors = [.. Reactors];
        }

        foreach (var reactor in reactors)
        {
            if (reactor(action) is { } answer)
            {
                return answer;
            }
        }

        try
        {
            return verb switch
            {
                "watch" => Watch(mapping, ns, query, cancellationToken),
                "list" => Ok(ListLocked(mapping, ns, query)),
                "get" => Ok(Locked(() => GetLocked(mapping, ns, name))),
                "create" => Created(Locked(() => CreateFromRequest(mapping, ns, body!, out _))),
                "update" => Ok(Locked(() => UpdateLocked(mapping, ns, name, subresource, body!))),
                "patch" => Ok(Locked(() => PatchLocked(mapping, ns, name, subresource, body!, action.ContentType ?? ""))),
                "delete" => Ok(Locked(() => DeleteLocked(mapping, ns, name))),
                _ => Error(HttpStatusCode.MethodNotAllowed, "MethodNotAllowed", verb + " is not supported by the fake"),
            };
        }
        catch (FakeApiException error)
        {
            return Error(error.Code, error.Reason, error.Message);
        }
    }

    private T Locked<T>(Func<T> action)
    {
        lock (_lock)
        {
            return action();
        }
    }

    private JsonObject GetLocked(ResourceMapping mapping, string ns, string name) =>
        _objects.TryGetValue(Key(mapping, ns, name), out var node)
            ? node.DeepClone().AsObject()
            : throw NotFound(mapping, name);

    private JsonObject ListLocked(ResourceMapping mapping, string ns, Dictionary<string, string> query)
    {
        lock (_lock)
        {
            var selector = query.TryGetValue("labelSelector", out var text) ? Selector.Parse(text) : Selector.Everything;
            var items = new JsonArray();
            foreach (var item in Matching(mapping, ns, selector))
            {
                items.Add(item.DeepClone());
            }

            return new JsonObject
            {
                ["apiVersion"] = mapping.Kind.ApiVersion,
                ["kind"] = mapping.Kind.Kind + "List",
                ["metadata"] = new JsonObject { ["resourceVersion"] = _revision.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                ["items"] = items,
            };
        }
    }

    private IEnumerable<JsonObject> Matching(ResourceMapping mapping, string ns, Selector selector)
    {
        var prefix = mapping.Kind.Group + "/" + mapping.Resource + "/" + (ns.Length > 0 ? ns + "/" : "");
        foreach (var (key, node) in _objects.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && selector.Matches(Labels(node)))
            {
                yield return node;
            }
        }
    }

    private JsonObject CreateFromRequest(ResourceMapping mapping, string ns, byte[] body, out string key)
    {
        var node = JsonNode.Parse(body)!.AsObject();
        return CreateLocked(mapping, ns, node, out key).DeepClone().AsObject();
    }

    private JsonObject CreateLocked(ResourceMapping mapping, string ns, JsonObject node, out string key)
    {
        var metadata = node["metadata"] as JsonObject ?? new JsonObject();
        node["metadata"] = metadata;
        var name = (string?)metadata["name"];
        if (string.IsNullOrEmpty(name))
        {
            var generateName = (string?)metadata["generateName"] ?? throw new FakeApiException(HttpStatusCode.UnprocessableEntity, "Invalid", "name or generateName is required");
            name = generateName + (++_names).ToString("x5", System.Globalization.CultureInfo.InvariantCulture);
            metadata["name"] = name;
        }

        if (mapping.Namespaced)
        {
            metadata["namespace"] = ns.Length > 0 ? ns : (string?)metadata["namespace"] ?? "default";
            ns = (string)metadata["namespace"]!;
        }

        key = Key(mapping, ns, name);
        if (_objects.ContainsKey(key))
        {
            throw new FakeApiException(HttpStatusCode.Conflict, "AlreadyExists", $"{mapping.Resource}.{mapping.Kind.Group} \"{name}\" already exists".Replace(".\"", " \"", StringComparison.Ordinal));
        }

        node["apiVersion"] = mapping.Kind.ApiVersion;
        node["kind"] = mapping.Kind.Kind;
        metadata["uid"] ??= Guid.NewGuid().ToString();
        metadata["creationTimestamp"] ??= Timestamp();
        metadata["generation"] = 1;
        return StoreLocked(mapping, key, node, "ADDED");
    }

    private JsonObject UpdateLocked(ResourceMapping mapping, string ns, string name, string? subresource, byte[] body)
    {
        var key = Key(mapping, ns, name);
        if (!_objects.TryGetValue(key, out var current))
        {
            throw NotFound(mapping, name);
        }

        var node = JsonNode.Parse(body)!.AsObject();
        var sentVersion = (string?)node["metadata"]?["resourceVersion"];
        if (!string.IsNullOrEmpty(sentVersion) && sentVersion != (string?)current["metadata"]!["resourceVersion"])
        {
            throw new FakeApiException(HttpStatusCode.Conflict, "Conflict", $"Operation cannot be fulfilled on {mapping.Resource}.{mapping.Kind.Group} \"{name}\": the object has been modified; please apply your changes to the latest version and try again");
        }

        JsonObject updated;
        if (subresource == "status")
        {
            updated = current.DeepClone().AsObject();
            updated["status"] = node["status"]?.DeepClone();
        }
        else
        {
            updated = node;
            updated["status"] = current["status"]?.DeepClone();
            var metadata = updated["metadata"]!.AsObject();
            metadata["uid"] = current["metadata"]!["uid"]?.DeepClone();
            metadata["creationTimestamp"] = current["metadata"]!["creationTimestamp"]?.DeepClone();
            metadata["deletionTimestamp"] = current["metadata"]!["deletionTimestamp"]?.DeepClone();
            metadata["generation"] = current["metadata"]!["generation"]?.DeepClone();
            if (!JsonNode.DeepEquals(current["spec"], updated["spec"]))
            {
                metadata["generation"] = Generation(current) + 1;
            }
        }

        return FinishWrite(mapping, key, updated);
    }

    private JsonObject PatchLocked(ResourceMapping mapping, string ns, string name, string? subresource, byte[] patch, string contentType)
    {
        var key = Key(mapping, ns, name);
        if (!_objects.TryGetValue(key, out var current))
        {
            throw NotFound(mapping, name);
        }

        JsonObject patched;
        try
        {
            patched = contentType switch
            {
                "application/json-patch+json" => JsonPatch.Apply(current.DeepClone(), patch).AsObject(),
                "application/merge-patch+json" => JsonMergePatch.Apply(current.DeepClone(), patch).AsObject(),
                "application/strategic-merge-patch+json" => JsonNode.Parse(StrategicMergePatch.Apply(Encoding.UTF8.GetBytes(current.ToJsonString()), patch, TypeSchema.For(mapping.Type)))!.AsObject(),
                _ => throw new FakeApiException(HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType", "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json"),
            };
        }
        catch (Machinery.Patch.PatchException error)
        {
            throw new FakeApiException(HttpStatusCode.UnprocessableEntity, "Invalid", error.Message);
        }

        if ((string?)patched["metadata"]?["uid"] != (string?)current["metadata"]!["uid"])
        {
            throw new FakeApiException(HttpStatusCode.Conflict, "Conflict", $"Precondition failed: UID in precondition: {(string?)patched["metadata"]?["uid"]}, UID in object meta: {(string?)current["metadata"]!["uid"]}");
        }

        if (subresource == "status")
        {
            var status = patched["status"]?.DeepClone();
            patched = current.DeepClone().AsObject();
            patched["status"] = status;
        }
        else
        {
            patched["status"] = current["status"]?.DeepClone();
            if (!JsonNode.DeepEquals(current["spec"], patched["spec"]))
            {
                patched["metadata"]!["generation"] = Generation(current) + 1;
            }
        }

        return FinishWrite(mapping, key, patched);
    }

    private JsonObject DeleteLocked(ResourceMapping mapping, string ns, string name)
    {
        var key = Key(mapping, ns, name);
        if (!_objects.TryGetValue(key, out var current))
        {
            throw NotFound(mapping, name);
        }

        if (current["metadata"]?["finalizers"] is JsonArray { Count: > 0 })
        {
            if (current["metadata"]!["deletionTimestamp"] is null)
            {
                var updated = current.DeepClone().AsObject();
                updated["metadata"]!["deletionTimestamp"] = Timestamp();
                updated["metadata"]!["deletionGracePeriodSeconds"] = 0;
                return StoreLocked(mapping, key, updated, "MODIFIED").DeepClone().AsObject();
            }

            return current.DeepClone().AsObject();
        }

        return RemoveLocked(mapping, key);
    }

    private JsonObject RemoveLocked(ResourceMapping mapping, string key)
    {
        var current = _objects[key];
        _objects.Remove(key);
        var deleted = current.DeepClone().AsObject();
        deleted["metadata"]!["resourceVersion"] = (++_revision).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Notify(mapping, deleted, "DELETED");
        return deleted;
    }

    /// <summary>An update that removes the last finalizer of an object being deleted removes it.</summary>
    private JsonObject FinishWrite(ResourceMapping mapping, string key, JsonObject updated)
    {
        if (updated["metadata"]?["deletionTimestamp"] is not null && updated["metadata"]?["finalizers"] is not JsonArray { Count: > 0 })
        {
            _objects[key] = updated;
            return RemoveLocked(mapping, key);
        }

        return StoreLocked(mapping, key, updated, "MODIFIED").DeepClone().AsObject();
    }

    private JsonObject StoreLocked(ResourceMapping mapping, string key, JsonObject node, string eventType)
    {
        node["metadata"]!["resourceVersion"] = (++_revision).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _objects[key] = node;
        Notify(mapping, node, eventType);
        return node;
    }

    private void Notify(ResourceMapping mapping, JsonObject node, string eventType)
    {
        var ns = (string?)node["metadata"]?["namespace"] ?? "";
        _history.Add((_revision, mapping.Resource, ns, eventType, node.DeepClone().AsObject()));
        var line = new JsonObject { ["type"] = eventType, ["object"] = node.DeepClone() }.ToJsonString() + "\n";
        foreach (var watcher in _watchers)
        {
            if (watcher.Resource == mapping.Resource && (watcher.Namespace.Length == 0 || watcher.Namespace == ns) && watcher.Selector.Matches(Labels(node)))
            {
                watcher.Events.Writer.TryWrite(line);
            }
        }
    }

    private HttpResponseMessage Watch(ResourceMapping mapping, string ns, Dictionary<string, string> query, CancellationToken cancellationToken)
    {
        var selector = query.TryGetValue("labelSelector", out var text) ? Selector.Parse(text) : Selector.Everything;
        var events = Channel.CreateUnbounded<string>();
        var entry = (mapping.Resource, ns, selector, events);
        lock (_lock)
        {
            var from = query.TryGetValue("resourceVersion", out var rv) && long.TryParse(rv, out var parsed) ? parsed : _revision;
            foreach (var (revision, resource, itemNs, type, obj) in _history)
            {
                if (revision > from && resource == mapping.Resource && (ns.Length == 0 || itemNs == ns) && selector.Matches(Labels(obj)))
                {
                    events.Writer.TryWrite(new JsonObject { ["type"] = type, ["object"] = obj.DeepClone() }.ToJsonString() + "\n");
                }
            }

            _watchers.Add(entry);
        }

        var pipe = new Pipe();
        _ = Task.Run(async () =>
        {
            try
            {
                await foreach (var line in events.Reader.ReadAllAsync(cancellationToken))
                {
                    await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(line), cancellationToken);
                }
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                lock (_lock)
                {
                    _watchers.Remove(entry);
                }

                await pipe.Writer.CompleteAsync();
            }
        }, CancellationToken.None);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(pipe.Reader.AsStream()) };
    }

    private string Timestamp() =>
        _time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static bool TryParsePath(string path, out ResourceMapping mapping, out string ns, out string name, out string? subresource)
    {
        mapping = null!;
        ns = "";
        name = "";
        subresource = null;
        var parts = path.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        int index;
        string group, version;
        if (parts.Length >= 3 && parts[0] == "api")
        {
            (group, version, index) = ("", parts[1], 2);
        }
        else if (parts.Length >= 4 && parts[0] == "apis")
        {
            (group, version, index) = (parts[1], parts[2], 3);
        }
        else
        {
            return false;
        }

        if (parts.Length - index >= 3 && parts[index] == "namespaces"
            && KubeScheme.Default.FindByResource(new GroupVersionResource(group, version, parts[index + 2])) is { Namespaced: true })
        {
            ns = parts[index + 1];
            index += 2;
        }

        if (KubeScheme.Default.FindByResource(new GroupVersionResource(group, version, parts[index])) is not { } found)
        {
            return false;
        }

        mapping = found;
        name = parts.Length > index + 1 ? parts[index + 1] : "";
        subresource = parts.Length > index + 2 ? parts[index + 2] : null;
        return true;
    }

    private static long Generation(JsonObject node) =>
        node["metadata"]?["generation"] is { } value ? long.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(at < 0 ? pair : pair[..at]);
            result[key] = at < 0 ? "" : Uri.UnescapeDataString(pair[(at + 1)..].Replace('+', ' '));
        }

        return result;
    }

    private static string Key(ResourceMapping mapping, string ns, string name) =>
        mapping.Kind.Group + "/" + mapping.Resource + "/" + (mapping.Namespaced ? ns + "/" : "") + name;

    private static Dictionary<string, string>? Labels(JsonObject node) =>
        node["metadata"]?["labels"] is JsonObject labels ? labels.ToDictionary(pair => pair.Key, pair => (string?)pair.Value ?? "") : null;

    private static T Decode<T>(JsonObject node) =>
        JsonSerializer.Deserialize(node.ToJsonString(), KubeJson.TypeInfo<T>())!;

    private static FakeApiException NotFound(ResourceMapping mapping, string name) =>
        new(HttpStatusCode.NotFound, "NotFound", $"{mapping.Resource}{(mapping.Kind.Group.Length > 0 ? "." + mapping.Kind.Group : "")} \"{name}\" not found");

    private static HttpResponseMessage Ok(JsonObject body) => Json(HttpStatusCode.OK, body);

    private static HttpResponseMessage Created(JsonObject body) => Json(HttpStatusCode.Created, body);

    private static HttpResponseMessage Json(HttpStatusCode code, JsonObject body) =>
        new(code) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    /// <summary>A response carrying a metav1.Status, as the API server answers errors.</summary>
    public static HttpResponseMessage Error(HttpStatusCode code, string reason, string message)
    {
        var status = new Status { ApiVersion = "v1", Kind = "Status", Result = Status.Failure, Message = message, Reason = reason, Code = (int)code };
        return new HttpResponseMessage(code) { Content = new StringContent(KubeJson.Serialize(status), Encoding.UTF8, "application/json") };
    }
}
