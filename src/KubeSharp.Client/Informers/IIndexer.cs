using KubeSharp.Api;

namespace KubeSharp.Client.Informers;

/// <summary>
/// A thread-safe store of the latest object per key with secondary indexes (upstream's <c>cache.Indexer</c>):
/// pods by namespace, pods by node, … Objects handed out are shared with every reader: never modify them,
/// copy first (as upstream's DeepCopy rule).
/// </summary>
public interface IIndexer<T> : IStore<T>
    where T : KubeObject
{
    IReadOnlyList<T> List();

    IReadOnlyList<string> ListKeys();

    T? GetByKey(string key);

    int Count { get; }

    /// <summary>Objects sharing any index value with <paramref name="obj"/> under the named index.</summary>
    IReadOnlyList<T> Index(string indexName, T obj);

    /// <summary>Keys of the objects indexed under <paramref name="indexedValue"/>.</summary>
    IReadOnlyList<string> IndexKeys(string indexName, string indexedValue);

    /// <summary>Every value the named index holds.</summary>
    IReadOnlyList<string> ListIndexFuncValues(string indexName);

    /// <summary>Objects indexed under <paramref name="indexedValue"/>.</summary>
    IReadOnlyList<T> ByIndex(string indexName, string indexedValue);

    IReadOnlyDictionary<string, IndexFunc<T>> GetIndexers();

    /// <summary>Adds indexes, indexing what is already stored. A name may be added once.</summary>
    void AddIndexers(IReadOnlyDictionary<string, IndexFunc<T>> indexers);
}
