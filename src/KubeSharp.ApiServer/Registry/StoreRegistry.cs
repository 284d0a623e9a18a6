using System.Collections.Concurrent;
using KubeSharp.Api.Scheme;
using KubeSharp.ApiServer.Endpoints.Tables;
using KubeSharp.ApiServer.Registry.Generic;

namespace KubeSharp.ApiServer.Registry;

/// <summary>The store (and its table convertor) behind every served resource, looked up by group/version/resource.</summary>
public sealed class StoreRegistry
{
    private readonly ConcurrentDictionary<GroupVersionResource, (ResourceStore Store, ITableConvertor Convertor)> _stores = new();

    public IEnumerable<ResourceStore> All => _stores.Values.Select(v => v.Store);

    public void Add(ResourceStore store, ITableConvertor? convertor = null) =>
        _stores[store.Resource] = (store, convertor ?? DefaultTableConvertor.Instance);

    public bool Remove(GroupVersionResource resource, out ResourceStore? store)
    {
        var removed = _stores.TryRemove(resource, out var entry);
        store = removed ? entry.Store : null;
        return removed;
    }

    public ResourceStore? Find(string group, string version, string resource) =>
        _stores.TryGetValue(new GroupVersionResource(group, version, resource), out var entry) ? entry.Store : null;

    public ResourceStore? Find(GroupVersionResource resource) =>
        _stores.TryGetValue(resource, out var entry) ? entry.Store : null;

    public ITableConvertor ConvertorFor(GroupVersionResource resource) =>
        _stores.TryGetValue(resource, out var entry) ? entry.Convertor : DefaultTableConvertor.Instance;
}
