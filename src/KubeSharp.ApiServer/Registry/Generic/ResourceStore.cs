using System.Globalization;
using System.Text.Json.Nodes;
using KubeSharp.Api.Scheme;
using KubeSharp.ApiServer.Admission;
using KubeSharp.ApiServer.Endpoints;
using KubeSharp.Storage;

namespace KubeSharp.ApiServer.Registry.Generic;

/// <summary>
/// The generic registry of one resource over the datastore (upstream's <c>registry/generic/registry.Store</c>):
/// get, list, watch, create, update, delete and deletecollection with the resource's strategy, admission, and
/// upstream's errors. Objects are JSON trees, so the same store serves built-in kinds and custom resources.
/// </summary>
public sealed partial class ResourceStore
{
    private readonly IStorage _storage;
    private readonly TimeProvider _time;
    private readonly AdmissionChain _admission;

    public ResourceStore(ResourceMapping mapping, IRestStrategy strategy, IStorage storage, TimeProvider time, AdmissionChain admission, bool custom = false)
    {
        Mapping = mapping;
        Strategy = strategy;
        _storage = storage;
        _time = time;
        _admission = admission;
        Custom = custom;
        Prefix = StorageKeys.ResourcePrefix(mapping.GroupVersionResource, custom);
        Managed = custom ? null : new ManagedFields(mapping, time);
    }

    public ResourceMapping Mapping { get; }

    public IRestStrategy Strategy { get; }

    public bool Custom { get; }

    /// <summary>Field ownership and server-side apply; null where the kind has no typed schema (custom resources).</summary>
    public ManagedFields? Managed { get; }

    /// <summary>The datastore prefix of every object of this resource.</summary>
    public string Prefix { get; }

    public GroupVersionResource Resource => Mapping.GroupVersionResource;

    /// <summary>The watch cache serving list and watch from memory once synced; null to serve from storage.</summary>
    public WatchCache.Cacher? Cache { get; set; }

    internal IStorage Storage => _storage;

    public string Key(string ns, string name) => StorageKeys.ObjectKey(Prefix, Mapping.Namespaced ? ns : null, name);

    /// <summary>GET of one object; 404 with upstream's message when absent.</summary>
    public async Task<JsonObject> GetAsync(string ns, string name, CancellationToken cancellationToken)
    {
        var kv = await _storage.GetAsync(Key(ns, name), 0, cancellationToken);
        return kv is null ? throw StatusErrors.NotFound(Resource, name) : ObjectCodec.Decode(kv);
    }

    /// <summary>The object or null, without an error when absent.</summary>
    public async Task<JsonObject?> TryGetAsync(string ns, string name, CancellationToken cancellationToken)
    {
        var kv = await _storage.GetAsync(Key(ns, name), 0, cancellationToken);
        return kv is null ? null : ObjectCodec.Decode(kv);
    }

    private string Now() => _time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Upstream's EnsureObjectNamespaceMatchesRequestNamespace: a namespaced object takes the request's namespace
    /// (or must already name it); a cluster-scoped object has none.
    /// </summary>
    private void EnsureNamespace(string requestNamespace, JsonObject obj)
    {
        var objectNamespace = ObjectMetadata.Namespace(obj);
        if (!Mapping.Namespaced)
        {
            if (objectNamespace.Length > 0)
            {
                ObjectMetadata.SetString(obj, "namespace", null);
            }

            return;
        }

        if (objectNamespace.Length == 0)
        {
            ObjectMetadata.SetString(obj, "namespace", requestNamespace);
        }
        else if (objectNamespace != requestNamespace)
        {
            throw StatusError.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
        }
    }

    private ValueTask AdmitAsync(string operation, string subresource, string ns, string name, JsonObject? obj, JsonObject? old, bool dryRun, CancellationToken cancellationToken) =>
        _admission.AdmitAsync(new AdmissionAttributes(operation, Mapping, subresource, ns, name, obj, old, dryRun), cancellationToken);
}
