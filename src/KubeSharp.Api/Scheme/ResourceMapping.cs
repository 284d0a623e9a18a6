namespace KubeSharp.Api.Scheme;

/// <summary>
/// Everything the API server needs to know about one kind at one version: its names (kind, plural resource,
/// singular, short names), scope, categories, verbs and subresources — the rows of discovery — and the C#
/// types its objects and lists decode to. Upstream spreads this over the Scheme, the RESTMapper and each
/// registry's strategy; here it is one table, built by <see cref="SchemeBuilder"/>.
/// </summary>
public sealed record ResourceMapping
{
    public required GroupVersionKind Kind { get; init; }

    /// <summary>The plural, lower-case resource name used in URLs ("deployments").</summary>
    public required string Resource { get; init; }

    /// <summary>The singular name ("deployment"), by default the lower-cased kind.</summary>
    public required string Singular { get; init; }

    public required ResourceScope Scope { get; init; }

    public IReadOnlyList<string> ShortNames { get; init; } = [];

    /// <summary>Categories such as "all", which <c>kubectl get all</c> expands.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Verbs { get; init; } = Scheme.Verbs.Standard;

    public IReadOnlyList<SubresourceMapping> Subresources { get; init; } = [];

    /// <summary>The C# type of one object.</summary>
    public required Type Type { get; init; }

    /// <summary>The C# type of its list (KubeList&lt;T&gt;), or null for a kind that has no list (virtual resources).</summary>
    public Type? ListType { get; init; }

    public GroupVersionResource GroupVersionResource => new(Kind.Group, Kind.Version, Resource);

    public bool Namespaced => Scope == ResourceScope.Namespaced;

    /// <summary>The kind of its list: "DeploymentList".</summary>
    public GroupVersionKind ListKind => Kind with { Kind = Kind.Kind + "List" };

    public SubresourceMapping? FindSubresource(string name)
    {
        foreach (var subresource in Subresources)
        {
            if (subresource.Name == name)
            {
                return subresource;
            }
        }

        return null;
    }
}
