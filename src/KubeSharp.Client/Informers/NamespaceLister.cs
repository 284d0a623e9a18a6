using KubeSharp.Api;
using KubeSharp.Machinery.Labels;

namespace KubeSharp.Client.Informers;

/// <summary>A lister narrowed to one namespace (upstream's <c>PodNamespaceLister</c>); uses the namespace index.</summary>
public sealed class NamespaceLister<T>(IIndexer<T> indexer, string ns)
    where T : KubeObject
{
    public string Namespace { get; } = ns;

    public IReadOnlyList<T> List(Selector? selector = null)
    {
        var items = indexer.GetIndexers().ContainsKey(Cache.NamespaceIndex)
            ? indexer.ByIndex(Cache.NamespaceIndex, Namespace)
            : [.. indexer.List().Where(item => item.Metadata.Namespace == Namespace)];
        return Lister<T>.Filter(items, selector);
    }

    public T? Get(string name) => indexer.GetByKey(Namespace + "/" + name);
}
