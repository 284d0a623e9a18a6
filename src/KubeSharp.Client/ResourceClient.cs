using System.Runtime.CompilerServices;
using System.Text;
using KubeSharp.Api;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Scheme;
using KubeSharp.Api.Serialization;
using KubeSharp.Client.Informers;
using KubeSharp.Client.Internal;
using KubeSharp.Client.Rest;

namespace KubeSharp.Client;

/// <summary>
/// The typed client of one resource (what client-go generates per kind, e.g. <c>CoreV1().Pods(ns)</c>), built
/// generically from the scheme: <c>client.Resource&lt;Pod&gt;().Namespace("x").GetAsync("web")</c>. Errors are
/// <see cref="Machinery.Errors.ApiException"/>s carrying the server's Status. It is also the
/// <see cref="IListerWatcher{T}"/> informers use.
/// </summary>
public sealed class ResourceClient<T> : IListerWatcher<T>
    where T : KubeObject
{
    private readonly RestClient _rest;

    internal ResourceClient(RestClient rest, ResourceMapping mapping, string? ns)
    {
        _rest = rest;
        Mapping = mapping;
        NamespaceName = ns;
    }

    public ResourceMapping Mapping { get; }

    /// <summary>The namespace requests go to; null for all namespaces (or a cluster-scoped resource).</summary>
    public string? NamespaceName { get; }

    /// <summary>The same client, scoped to namespace <paramref name="ns"/> (ignored for cluster-scoped resources).</summary>
    public ResourceClient<T> Namespace(string ns)
    {
        ArgumentException.ThrowIfNullOrEmpty(ns);
        return new ResourceClient<T>(_rest, Mapping, Mapping.Namespaced ? ns : null);
    }

    public Task<T> GetAsync(string name, CancellationToken cancellationToken = default) =>
        _rest.SendAsync<T>(Request(HttpMethod.Get, "get", name), cancellationToken);

    public Task<KubeList<T>> ListAsync(ListOptions? options = null, CancellationToken cancellationToken = default) =>
        _rest.SendAsync<KubeList<T>>(Request(HttpMethod.Get, "list", query: new QueryBuilder().AddList(options)), cancellationToken);

    public Task<T> CreateAsync(T obj, CreateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var query = new QueryBuilder().AddDryRun(options?.DryRun).Add("fieldManager", options?.FieldManager).Add("fieldValidation", options?.FieldValidation);
        return _rest.SendAsync<T>(Request(HttpMethod.Post, "create", query: query, body: Encode(obj), ns: obj.Metadata.Namespace), cancellationToken);
    }

    /// <summary>PUT: replaces the object; the server refuses (409) if its resourceVersion is stale.</summary>
    public Task<T> UpdateAsync(T obj, UpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        Put(obj, null, options, cancellationToken);

    /// <summary>PUT to the status subresource: only status changes.</summary>
    public Task<T> UpdateStatusAsync(T obj, UpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        Put(obj, "status", options, cancellationToken);

    /// <summary>Deletes the object; the server's answer (the object, while finalizers or grace run, or a Status) is ignored, as upstream's typed Delete.</summary>
    public async Task DeleteAsync(string name, DeleteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var body = options is null ? null : KubeJson.SerializeToUtf8Bytes(WithTypeMeta(options));
        using var response = await _rest.SendAsync(Request(HttpMethod.Delete, "delete", name, body: body), cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteCollectionAsync(DeleteOptions? deleteOptions = null, ListOptions? listOptions = null, CancellationToken cancellationToken = default)
    {
        var body = deleteOptions is null ? null : KubeJson.SerializeToUtf8Bytes(WithTypeMeta(deleteOptions));
        using var response = await _rest.SendAsync(Request(HttpMethod.Delete, "deletecollection", query: new QueryBuilder().AddList(listOptions), body: body), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Patches with one of <see cref="PatchType"/>'s formats; <paramref name="subresource"/> may be "status".</summary>
    public Task<T> PatchAsync(string name, string patchType, string patch, PatchOptions? options = null, string? subresource = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patch);
        var query = new QueryBuilder().AddDryRun(options?.DryRun).Add("fieldManager", options?.FieldManager)
            .Add("fieldValidation", options?.FieldValidation).Add("force", options?.Force);
        var request = Request(HttpMethod.Patch, "patch", name, subresource, query, Encoding.UTF8.GetBytes(patch)) with { ContentType = patchType };
        return _rest.SendAsync<T>(request, cancellationToken);
    }

    /// <summary>Server-side apply of <paramref name="obj"/> (its intended state) as <paramref name="fieldManager"/>.</summary>
    public Task<T> ApplyAsync(T obj, string fieldManager, bool force = false, string? subresource = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(obj);
        ArgumentException.ThrowIfNullOrEmpty(fieldManager);
        var name = obj.Metadata.Name ?? throw new ArgumentException("an applied object needs metadata.name", nameof(obj));
        var query = new QueryBuilder().Add("fieldManager", fieldManager).Add("force", force ? true : null);
        var request = Request(HttpMethod.Patch, "patch", name, subresource, query, Encode(obj), obj.Metadata.Namespace) with { ContentType = PatchType.Apply };
        return _rest.SendAsync<T>(request, cancellationToken);
    }

    /// <summary>POSTs <paramref name="body"/> to a subresource (pods/binding, pods/eviction, serviceaccounts/token) and decodes the answer.</summary>
    public Task<TResult> CreateSubresourceAsync<TBody, TResult>(string name, string subresource, TBody body, CancellationToken cancellationToken = default)
        where TBody : KubeModel
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body is IKubernetesObject && KubeScheme.Default.FindByType<TBody>() is not null)
        {
            KubeScheme.Default.SetTypeMeta(body);
        }

        return _rest.SendAsync<TResult>(Request(HttpMethod.Post, "create", name, subresource, body: KubeJson.SerializeToUtf8Bytes(body)), cancellationToken);
    }

    /// <summary>
    /// Watches from <c>options.ResourceVersion</c>. Events stream until the server ends the watch or
    /// <paramref name="cancellationToken"/> fires; an ERROR event (410 when the version is too old) is yielded
    /// with its Status. A request rejected outright throws <see cref="Machinery.Errors.ApiException"/>.
    /// </summary>
    public async IAsyncEnumerable<WatchEvent<T>> WatchAsync(ListOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = new QueryBuilder().Add("watch", "true").AddList(options);
        using var response = await _rest.SendAsync(Request(HttpMethod.Get, "watch", query: query) with { Watch = true }, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var item in WatchDecoder.ReadAsync(stream, KubeJson.TypeInfo<T>(), cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    Task<KubeList<T>> IListerWatcher<T>.ListAsync(ListOptions options, CancellationToken cancellationToken) => ListAsync(options, cancellationToken);

    IAsyncEnumerable<WatchEvent<T>> IListerWatcher<T>.WatchAsync(ListOptions options, CancellationToken cancellationToken) => WatchAsync(options, cancellationToken);

    /// <summary>The URL path of the collection or of one object: <c>/api/v1/namespaces/x/pods/web/status</c>.</summary>
    public string Path(string? name = null, string? subresource = null, string? ns = null) =>
        ResourcePaths.For(Mapping, Mapping.Namespaced ? ns ?? NamespaceName : null, name, subresource);

    private Task<T> Put(T obj, string? subresource, UpdateOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var name = obj.Metadata.Name ?? throw new ArgumentException("an updated object needs metadata.name", nameof(obj));
        var query = new QueryBuilder().AddDryRun(options?.DryRun).Add("fieldManager", options?.FieldManager).Add("fieldValidation", options?.FieldValidation);
        return _rest.SendAsync<T>(Request(HttpMethod.Put, "update", name, subresource, query, Encode(obj), obj.Metadata.Namespace), cancellationToken);
    }

    private RestRequest Request(HttpMethod method, string verb, string? name = null, string? subresource = null, QueryBuilder? query = null, byte[]? body = null, string? ns = null) =>
        new(method, Path(name, subresource, string.IsNullOrEmpty(ns) ? null : ns) + query)
        {
            Body = body,
            Verb = verb,
            Group = Mapping.Kind.Group,
            Resource = Mapping.Resource,
            Name = name ?? "",
        };

    private byte[] Encode(T obj)
    {
        // The server would infer them from the URL; sending them keeps the body self-describing, as kubectl does.
        if (string.IsNullOrEmpty(obj.Kind) || string.IsNullOrEmpty(obj.ApiVersion))
        {
            obj.ApiVersion = Mapping.Kind.ApiVersion;
            obj.Kind = Mapping.Kind.Kind;
        }

        return KubeJson.SerializeToUtf8Bytes(obj);
    }

    private static DeleteOptions WithTypeMeta(DeleteOptions options)
    {
        options.Kind ??= "DeleteOptions";
        options.ApiVersion ??= "v1";
        return options;
    }
}
