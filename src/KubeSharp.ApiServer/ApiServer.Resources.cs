using System.Text.Json.Nodes;
using KubeSharp.Api.Scheme;
using KubeSharp.ApiServer.Admission;
using KubeSharp.ApiServer.Admission.Plugins.DefaultTolerationSeconds;
using KubeSharp.ApiServer.Admission.Plugins.NamespaceLifecycle;
using KubeSharp.ApiServer.Endpoints;
using KubeSharp.ApiServer.Endpoints.Decoding;
using KubeSharp.ApiServer.Endpoints.Discovery;
using KubeSharp.ApiServer.Endpoints.Resources;
using KubeSharp.ApiServer.Endpoints.Tables.Printers;
using KubeSharp.ApiServer.Health;
using KubeSharp.ApiServer.Registry;
using KubeSharp.ApiServer.Registry.Generic;
using KubeSharp.ApiServer.WatchCache;
using KubeSharp.Storage;
using Microsoft.Extensions.Logging;

namespace KubeSharp.ApiServer;

public sealed partial class ApiServer
{
    /// <summary>The namespaces that exist from the start, as upstream's system namespaces controller makes them.</summary>
    public static readonly string[] SystemNamespaces = ["default", "kube-system", "kube-public", "kube-node-lease"];

    private readonly List<Cacher> _cachers = [];
    private readonly TaskCompletionSource _namespacesReady = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IStorage? _storage;

    /// <summary>The served resources; null until <see cref="InstallResources"/>.</summary>
    public ResourceCatalog? Catalog { get; private set; }

    /// <summary>The store of every served resource; null until <see cref="InstallResources"/>.</summary>
    public StoreRegistry? Stores { get; private set; }

    public AdmissionChain Admission { get; } = new();

    /// <summary>Decoders of non-JSON create/update bodies by media type (protobuf plugs in here).</summary>
    public RequestBodyDecoders BodyDecoders { get; } = new();

    /// <summary>Accepts create and update bodies of <paramref name="mediaType"/>, decoded by <paramref name="decoder"/>.</summary>
    public void AddBodyDecoder(string mediaType, IRequestBodyDecoder decoder) => BodyDecoders.Add(mediaType, decoder);

    /// <summary>
    /// Serves every kind of <paramref name="scheme"/> from <paramref name="storage"/>: a store and a watch cache
    /// per resource, discovery, the REST endpoints and the NamespaceLifecycle admission plugin. Only the
    /// preferred version of a group's resource is served until version conversion exists (two versions would
    /// share one datastore prefix with different shapes).
    /// </summary>
    public void InstallResources(IStorage storage, KubeScheme scheme)
    {
        _storage = storage;
        var served = scheme.Mappings
            .Where(m => m.ListType is not null && m.Verbs.Contains(Verbs.List))
            .GroupBy(m => (m.Kind.Group, m.Resource))
            .Select(g => g.First(m => m.Kind.Version == scheme.PreferredVersion(m.Kind.Group) || g.Count() == 1))
            .ToList();
        Catalog = new ResourceCatalog(served);
        Stores = new StoreRegistry();
        foreach (var mapping in served)
        {
            var store = new ResourceStore(mapping, RestStrategies.For(mapping), storage, _time, Admission);
            var cacher = new Cacher(store, storage, _loggerFactory.CreateLogger<Cacher>(), _time);
            store.Cache = cacher;
            _cachers.Add(cacher);
            Stores.Add(store, BuiltInPrinters.For(mapping.GroupVersionResource));
        }

        if (Stores.Find("", "v1", "namespaces") is not null)
        {
            Admission.Add(new NamespaceLifecycle(GetNamespaceAsync));
        }

        if (Stores.Find("", "v1", "pods") is not null)
        {
            Admission.Add(new DefaultTolerationSeconds());
        }

        _router.Discovery = new DiscoveryEndpoint(Catalog);
        _router.Resources = new ResourceHandler(Stores, _time, BodyDecoders);
        _router.Map("/openapi/", new OpenApi.OpenApiEndpoint(Catalog, _time));
        AddBodyDecoder(KubeSharp.Api.Protobuf.KubeProtobuf.MediaType, new Protobuf.ProtobufBodyDecoder(scheme));
        Health.AddLivenessCheck(new HealthCheck("etcd", CheckStorageAsync));
        Health.AddReadinessCheck(new HealthCheck("informer-sync", _ => ValueTask.FromResult(_cachers.All(c => c.Ready.IsCompletedSuccessfully) ? null : "the watch caches have not synced")));
        Health.AddReadinessCheck(HealthCheck.FromSignal("poststarthook/start-system-namespaces-controller", _namespacesReady, "system namespaces not created yet"));
    }

    private async Task StartResourcesAsync(CancellationToken cancellationToken)
    {
        if (Stores is null)
        {
            return;
        }

        foreach (var cacher in _cachers)
        {
            cacher.Start();
        }

        await Task.WhenAll(_cachers.Select(c => c.Ready)).WaitAsync(TimeSpan.FromMinutes(2), _time, cancellationToken);
        await CreateSystemNamespacesAsync(cancellationToken);
    }

    private async Task CreateSystemNamespacesAsync(CancellationToken cancellationToken)
    {
        if (Stores!.Find("", "v1", "namespaces") is not { } namespaces)
        {
            _namespacesReady.TrySetResult();
            return;
        }

        foreach (var name in SystemNamespaces)
        {
            if (await namespaces.TryGetAsync("", name, cancellationToken) is not null)
            {
                continue;
            }

            try
            {
                var ns = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = name } };
                await namespaces.CreateAsync("", ns, WriteOptions.Default, cancellationToken);
                LogCreatedNamespace(name);
            }
            catch (StatusError error) when (error.Code == 409)
            {
                // Another server made it first.
            }
        }

        _namespacesReady.TrySetResult();
    }

    private async ValueTask<JsonObject?> GetNamespaceAsync(string name, CancellationToken cancellationToken) =>
        Stores?.Find("", "v1", "namespaces") is { } namespaces ? await namespaces.TryGetAsync("", name, cancellationToken) : null;

    private async ValueTask<string?> CheckStorageAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _storage!.GetCurrentRevisionAsync(cancellationToken);
            return null;
        }
        catch (StorageException error)
        {
            return error.Message;
        }
    }

    private async Task StopResourcesAsync()
    {
        foreach (var cacher in _cachers)
        {
            await cacher.DisposeAsync();
        }

        _cachers.Clear();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created system namespace {Name}")]
    private partial void LogCreatedNamespace(string name);
}
