using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Scheme;
using KubeSharp.Client.Internal;
using KubeSharp.Client.Rest;

namespace KubeSharp.Client;

/// <summary>
/// The dynamic client of one resource (upstream's <c>dynamic.ResourceInterface</c>): the same operations as
/// <see cref="ResourceClient{T}"/> on untyped JSON objects, for resources with no C# type (custom resources) or
/// code that handles every kind alike.
/// </summary>
public sealed class DynamicResourceClient
{
    private readonly RestClient _rest;

    internal DynamicResourceClient(RestClient rest, GroupVersionResource resource, bool namespaced, string? ns)
    {
        _rest = rest;
        Resource = resource;
        Namespaced = namespaced;
        NamespaceName = ns;
    }

    public GroupVersionResource Resource { get; }

    public bool Namespaced { get; }

    public string? NamespaceName { get; }

    public DynamicResourceClient Namespace(string ns)
    {
        ArgumentException.ThrowIfNullOrEmpty(ns);
        return new DynamicResourceClient(_rest, Resource, Namespaced, Namespaced ? ns : null);
    }

    public Task<JsonObject> GetAsync(string name, string? subresource = null, CancellationToken cancellationToken = default) =>
        Send(Request(HttpMethod.Get, "get", name, subresource), cancellationToken);

    public Task<JsonObject> ListAsync(ListOptions? options = null, CancellationToken cancellationToken = default) =>
        Send(Request(HttpMethod.Get, "list", query: new QueryBuilder().AddList(options)), cancellationToken);

    public Task<JsonObject> CreateAsync(JsonObject obj, CreateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var query = new QueryBuilder().AddDryRun(options?.DryRun).Add("fieldManager", options?.FieldManager).Add("fieldValidation", options?.FieldValidation);
        return Send(Request(HttpMethod.Post, "create", query: query, body: Encode(obj), ns: NamespaceOf(obj)), cancellationToken);
    }

    public Task<JsonObject> UpdateAsync(JsonObject obj, string? subresource = null, UpdateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var query = new QueryBuilder().AddDryRun(options?.DryRun).Add("fieldManager", options?.FieldManager).Add("fieldValidation", options?.FieldValidation);
        return Send(Request(HttpMethod.Put, "update", NameOf(obj), subresource, query, Encode(obj), NamespaceOf(obj)), cancellationToken);
    }

    public async Task DeleteAsync(string name, DeleteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var body = options is null ? null : Api.Serialization.KubeJson.SerializeToUtf8Bytes(options);
        using var response = await _rest.SendAsync(Request(HttpMethod.Delete, "delete", name, body: body), cancellationToken).ConfigureAwait(false);
    }

    public Task<JsonObject> PatchAsync(string name, string patchType, string patch, PatchOptions? options = null, string? subresource = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patch);
        var query = new QueryBuilder().AddDryRun(options?.DryRun).Add("fieldManager", options?.FieldManager)
            .Add("fieldValidation", options?.FieldValidation).Add("force", options?.Force);
        return Send(Request(HttpMethod.Patch, "patch", name, subresource, query, Encoding.UTF8.GetBytes(patch)) with { ContentType = patchType }, cancellationToken);
    }

    public Task<JsonObject> ApplyAsync(JsonObject obj, string fieldManager, bool force = false, string? subresource = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(obj);
        ArgumentException.ThrowIfNullOrEmpty(fieldManager);
        var query = new QueryBuilder().Add("fieldManager", fieldManager).Add("force", force ? true : null);
        return Send(Request(HttpMethod.Patch, "patch", NameOf(obj), subresource, query, Encode(obj), NamespaceOf(obj)) with { ContentType = PatchType.Apply }, cancellationToken);
    }

    public async IAsyncEnumerable<WatchEvent<JsonObject>> WatchAsync(ListOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = new QueryBuilder().Add("watch", "true").AddList(options);
        using var response = await _rest.SendAsync(Request(HttpMethod.Get, "watch", query: query) with { Watch = true }, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var item in WatchDecoder.ReadAsync(stream, ClientJsonContext.Default.JsonObject, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    private Task<JsonObject> Send(RestRequest request, CancellationToken cancellationToken) =>
        _rest.SendAsync(request, ClientJsonContext.Default.JsonObject, cancellationToken);

    private RestRequest Request(HttpMethod method, string verb, string? name = null, string? subresource = null, QueryBuilder? query = null, byte[]? body = null, string? ns = null) =>
        new(method, ResourcePaths.For(Resource.Group, Resource.Version, Resource.Resource, Namespaced ? ns ?? NamespaceName : null, name, subresource) + query)
        {
            Body = body,
            Verb = verb,
            Group = Resource.Group,
            Resource = Resource.Resource,
            Name = name ?? "",
        };

    private static byte[] Encode(JsonObject obj) => JsonSerializer.SerializeToUtf8Bytes(obj, ClientJsonContext.Default.JsonObject);

    private static string NameOf(JsonObject obj) =>
        obj["metadata"]?["name"]?.GetValue<string>() ?? throw new ArgumentException("the object needs metadata.name", nameof(obj));

    private static string? NamespaceOf(JsonObject obj) => obj["metadata"]?["namespace"]?.GetValue<string>();
}
