using KubeSharp.Api.Serialization;

namespace KubeSharp.Api.Scheme;

/// <summary>
/// The table of every registered kind (upstream's Scheme and RESTMapper together): look a kind up by
/// group/version/kind, by group and resource, by short name or category, or by C# type, and decode a
/// document to the right type from its apiVersion and kind. Immutable once built.
/// </summary>
public sealed partial class KubeScheme
{
    private static readonly Lazy<KubeScheme> DefaultScheme = new(() => Create(DiscoverRegistrations()));

    private readonly Dictionary<GroupVersionKind, ResourceMapping> _byKind = [];
    private readonly Dictionary<GroupVersionKind, ResourceMapping> _byListKind = [];
    private readonly Dictionary<GroupVersionResource, ResourceMapping> _byResource = [];
    private readonly Dictionary<(string Group, string Resource), List<ResourceMapping>> _byGroupResource = [];
    private readonly Dictionary<string, List<ResourceMapping>> _byShortName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ResourceMapping>> _byCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, ResourceMapping> _byType = [];
    private readonly Dictionary<string, List<string>> _versionsByGroup = new(StringComparer.Ordinal);

    private KubeScheme(IReadOnlyList<ResourceMapping> mappings)
    {
        Mappings = mappings;
        foreach (var mapping in mappings)
        {
            Index(mapping);
        }

        foreach (var list in _byGroupResource.Values)
        {
            list.Sort((a, b) => KubeVersionComparer.Instance.Compare(a.Kind.Version, b.Kind.Version));
        }

        foreach (var versions in _versionsByGroup.Values)
        {
            versions.Sort(KubeVersionComparer.Instance);
        }

        Groups = [.. _versionsByGroup.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Every kind registered by the group files of this assembly.</summary>
    public static KubeScheme Default => DefaultScheme.Value;

    /// <summary>Every mapping, in registration order.</summary>
    public IReadOnlyList<ResourceMapping> Mappings { get; }

    /// <summary>Every group with at least one kind, "" (core) first, then ordinal.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>A scheme of exactly these registrations (tests, or a server serving a subset).</summary>
    public static KubeScheme Create(IEnumerable<ISchemeRegistration> registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        var builder = new SchemeBuilder();
        foreach (var registration in registrations)
        {
            registration.Register(builder);
        }

        return new KubeScheme(builder.Mappings);
    }

    public ResourceMapping? FindByKind(GroupVersionKind kind) => _byKind.GetValueOrDefault(kind);

    /// <summary>The mapping whose list kind this is ("PodList" → pods).</summary>
    public ResourceMapping? FindByListKind(GroupVersionKind listKind) => _byListKind.GetValueOrDefault(listKind);

    public ResourceMapping? FindByResource(GroupVersionResource resource) => _byResource.GetValueOrDefault(resource);

    /// <summary>Every version of a group's resource, preferred version first.</summary>
    public IReadOnlyList<ResourceMapping> FindByGroupResource(string group, string resource) =>
        _byGroupResource.TryGetValue((group, resource), out var list) ? list : [];

    /// <summary>Every mapping with this short name ("po", "deploy"), in registration order.</summary>
    public IReadOnlyList<ResourceMapping> FindByShortName(string shortName) =>
        _byShortName.TryGetValue(shortName, out var list) ? list : [];

    /// <summary>Every mapping in this category ("all"), in registration order.</summary>
    public IReadOnlyList<ResourceMapping> FindByCategory(string category) =>
        _byCategory.TryGetValue(category, out var list) ? list : [];

    /// <summary>The mapping for a C# type, whether the object type or its list type.</summary>
    public ResourceMapping? FindByType(Type type) => _byType.GetValueOrDefault(type);

    public ResourceMapping? FindByType<T>() => FindByType(typeof(T));

    /// <summary>A group's versions, preferred first (v2 before v1 before v1beta1).</summary>
    public IReadOnlyList<string> VersionsOf(string group) =>
        _versionsByGroup.TryGetValue(group, out var versions) ? versions : [];

    /// <summary>The preferred version of a group, or null when the group is unknown.</summary>
    public string? PreferredVersion(string group) => VersionsOf(group) is [var first, ..] ? first : null;

    /// <summary>Fills apiVersion and kind from the object's registered type, as the API server does before writing it out.</summary>
    public void SetTypeMeta(KubeModel value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var mapping = FindByType(value.GetType())
            ?? throw new InvalidOperationException($"{value.GetType()} is not registered in the scheme");
        switch (value)
        {
            case IKubernetesObject item:
                item.ApiVersion = mapping.Kind.ApiVersion;
                item.Kind = mapping.Kind.Kind;
                break;
            case IKubernetesList list:
                list.ApiVersion = mapping.Kind.ApiVersion;
                list.Kind = mapping.ListKind.Kind;
                break;
        }
    }

    private void Index(ResourceMapping mapping)
    {
        if (!_byKind.TryAdd(mapping.Kind, mapping))
        {
            throw new InvalidOperationException($"kind {mapping.Kind} is registered twice");
        }

        if (!_byResource.TryAdd(mapping.GroupVersionResource, mapping))
        {
            throw new InvalidOperationException($"resource {mapping.GroupVersionResource} is registered twice");
        }

        // A type may serve several kinds (as upstream's Scheme allows); looking up by type finds the first.
        RequireJsonContract(mapping.Type);
        _byType.TryAdd(mapping.Type, mapping);
        if (mapping.ListType is not null)
        {
            RequireJsonContract(mapping.ListType);
            _byType.TryAdd(mapping.ListType, mapping);
            _byListKind.Add(mapping.ListKind, mapping);
        }

        Append(_byGroupResource, (mapping.Kind.Group, mapping.Resource), mapping);
        foreach (var shortName in mapping.ShortNames)
        {
            Append(_byShortName, shortName, mapping);
        }

        foreach (var category in mapping.Categories)
        {
            Append(_byCategory, category, mapping);
        }

        if (!_versionsByGroup.TryGetValue(mapping.Kind.Group, out var versions))
        {
            _versionsByGroup[mapping.Kind.Group] = versions = [];
        }

        if (!versions.Contains(mapping.Kind.Version))
        {
            versions.Add(mapping.Kind.Version);
        }
    }

    /// <summary>Every kind must be in KubeJsonContext, or decoding it would fail at run time; fail at start-up instead.</summary>
    private static void RequireJsonContract(Type type)
    {
        if (KubeJsonContext.Default.GetTypeInfo(type) is null)
        {
            throw new InvalidOperationException($"{type} is registered in the scheme but not in {nameof(KubeJsonContext)}; add a [JsonSerializable] line for it");
        }
    }

    private static void Append<TKey>(Dictionary<TKey, List<ResourceMapping>> index, TKey key, ResourceMapping mapping)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(mapping);
    }

    /// <summary>Every ISchemeRegistration in this assembly, in a stable order (by type name).</summary>
    private static List<ISchemeRegistration> DiscoverRegistrations()
    {
        var registrations = new List<ISchemeRegistration>();
        foreach (var type in typeof(KubeScheme).Assembly.GetTypes())
        {
            if (type.IsClass && !type.IsAbstract && typeof(ISchemeRegistration).IsAssignableFrom(type))
            {
                registrations.Add((ISchemeRegistration)Activator.CreateInstance(type)!);
            }
        }

        registrations.Sort((a, b) => string.CompareOrdinal(a.GetType().FullName, b.GetType().FullName));
        return registrations;
    }
}
