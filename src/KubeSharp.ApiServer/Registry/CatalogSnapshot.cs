using KubeSharp.Api.Scheme;

namespace KubeSharp.ApiServer.Registry;

/// <summary>One immutable view of the served resources, indexed the ways routing and discovery look them up.</summary>
public sealed class CatalogSnapshot
{
    /// <summary>
    /// Upstream's group order in <c>/apis</c> (kube-apiserver's aggregator priorities); groups not listed (custom
    /// resources, metrics) follow alphabetically.
    /// </summary>
    private static readonly string[] GroupPriority =
    [
        "apiregistration.k8s.io", "apps", "events.k8s.io", "authentication.k8s.io", "authorization.k8s.io",
        "autoscaling", "batch", "certificates.k8s.io", "networking.k8s.io", "policy", "rbac.authorization.k8s.io",
        "storage.k8s.io", "admissionregistration.k8s.io", "apiextensions.k8s.io", "scheduling.k8s.io",
        "coordination.k8s.io", "node.k8s.io", "discovery.k8s.io", "flowcontrol.apiserver.k8s.io", "resource.k8s.io",
    ];

    private readonly Dictionary<GroupVersionResource, ResourceMapping> _byResource = [];
    private readonly Dictionary<(string Group, string Version), List<ResourceMapping>> _byGroupVersion = [];

    public CatalogSnapshot(long generation, IReadOnlyList<ResourceMapping> all)
    {
        Generation = generation;
        All = all;
        var versions = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var mapping in all)
        {
            _byResource.TryAdd(mapping.GroupVersionResource, mapping);
            var key = (mapping.Kind.Group, mapping.Kind.Version);
            if (!_byGroupVersion.TryGetValue(key, out var list))
            {
                _byGroupVersion[key] = list = [];
            }

            list.Add(mapping);
            if (!versions.TryGetValue(mapping.Kind.Group, out var set))
            {
                versions[mapping.Kind.Group] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(mapping.Kind.Version);
        }

        foreach (var list in _byGroupVersion.Values)
        {
            list.Sort((a, b) => string.CompareOrdinal(a.Resource, b.Resource));
        }

        Versions = versions.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<string>)[.. p.Value.Order(KubeVersionComparer.Instance)],
            StringComparer.Ordinal);
        Groups = [.. versions.Keys.Where(g => g.Length > 0).OrderBy(GroupRank).ThenBy(g => g, StringComparer.Ordinal)];
    }

    public long Generation { get; }

    public IReadOnlyList<ResourceMapping> All { get; }

    /// <summary>Named groups (not the core group) in upstream's <c>/apis</c> order.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>Each group's versions, preferred first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Versions { get; }

    public ResourceMapping? Find(string group, string version, string resource) =>
        _byResource.GetValueOrDefault(new GroupVersionResource(group, version, resource));

    /// <summary>The resources of one group version, sorted by name; empty when the group version is not served.</summary>
    public IReadOnlyList<ResourceMapping> ResourcesOf(string group, string version) =>
        _byGroupVersion.TryGetValue((group, version), out var list) ? list : [];

    public IReadOnlyList<string> VersionsOf(string group) =>
        Versions.TryGetValue(group, out var versions) ? versions : [];

    private static int GroupRank(string group)
    {
        var index = Array.IndexOf(GroupPriority, group);
        return index < 0 ? int.MaxValue : index;
    }
}
