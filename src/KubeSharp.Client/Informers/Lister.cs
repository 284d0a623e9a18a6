using KubeSharp.Api;
using KubeSharp.Machinery.Labels;

namespace KubeSharp.Client.Informers;

/// <summary>
/// Reads an informer's cache (what client-go generates per kind as <c>PodLister</c>): list by label selector, get
/// by name, or narrow to a namespace. Returned objects are shared with the cache: never modify them.
/// </summary>
public sealed class Lister<T>(IIndexer<T> indexer)
    where T : KubeObject
{
    public IIndexer<T> Indexer { get; } = indexer;

    /// <summary>Every cached object matching <paramref name="selector"/> (all when null).</summary>
    public IReadOnlyList<T> List(Selector? selector = null) => Filter(Indexer.List(), selector);

    /// <summary>A cluster-scoped object by name, or null when the cache does not hold it.</summary>
    public T? Get(string name) => Indexer.GetByKey(name);

    public NamespaceLister<T> Namespace(string ns) => new(Indexer, ns);

    internal static IReadOnlyList<T> Filter(IReadOnlyList<T> items, Selector? selector)
    {
        if (selector is null || selector.IsEmpty)
        {
            return items;
        }

        var result = new List<T>();
        foreach (var item in items)
        {
            if (selector.Matches(item.Metadata.Labels))
            {
                result.Add(item);
            }
        }

        return result;
    }
}
