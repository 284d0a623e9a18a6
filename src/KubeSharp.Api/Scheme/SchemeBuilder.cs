using System.Reflection;

namespace KubeSharp.Api.Scheme;

/// <summary>Collects the mappings the group files register; <see cref="KubeScheme"/> indexes them.</summary>
public sealed class SchemeBuilder
{
    private readonly List<ResourceMapping> _mappings = [];

    internal IReadOnlyList<ResourceMapping> Mappings => _mappings;

    /// <summary>
    /// Registers a kind whose group, version and kind come from its [Kind] attribute, with its list type
    /// KubeList&lt;T&gt;. Verbs default to <see cref="Verbs.Standard"/> and the singular to the lower-cased kind.
    /// </summary>
    public ResourceMapping Add<T>(
        string resource,
        ResourceScope scope,
        IReadOnlyList<string>? shortNames = null,
        IReadOnlyList<string>? categories = null,
        IReadOnlyList<SubresourceMapping>? subresources = null,
        IReadOnlyList<string>? verbs = null,
        string? singular = null,
        bool hasList = true)
        where T : KubeObject, new()
    {
        var kind = typeof(T).GetCustomAttribute<KindAttribute>()
            ?? throw new InvalidOperationException($"{typeof(T)} has no [Kind] attribute");
        return Add(new ResourceMapping
        {
            Kind = new GroupVersionKind(kind.Group, kind.Version, kind.Kind),
            Resource = resource,
            Singular = singular ?? kind.Kind.ToLowerInvariant(),
            Scope = scope,
            ShortNames = shortNames ?? [],
            Categories = categories ?? [],
            Subresources = subresources ?? [],
            Verbs = verbs ?? Verbs.Standard,
            Type = typeof(T),
            ListType = hasList ? typeof(KubeList<T>) : null,
        });
    }

    /// <summary>Registers a mapping spelled out in full.</summary>
    public ResourceMapping Add(ResourceMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        _mappings.Add(mapping);
        return mapping;
    }
}
