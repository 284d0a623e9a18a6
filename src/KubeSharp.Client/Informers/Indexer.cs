using KubeSharp.Api;

namespace KubeSharp.Client.Informers;

/// <summary>
/// The thread-safe store behind every informer (upstream's <c>threadSafeMap</c> with its <c>storeIndex</c>): the
/// latest object per <c>namespace/name</c> key, plus one reverse index per index function, kept current on
/// every write so lookups such as "pods on node x" cost one dictionary hit.
/// </summary>
public sealed class Indexer<T> : IIndexer<T>
    where T : KubeObject
{
    private readonly Lock _lock = new();
    private readonly Func<T, string> _keyFunc;
    private readonly Dictionary<string, T> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IndexFunc<T>> _indexers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, HashSet<string>>> _indices = new(StringComparer.Ordinal);

    /// <summary>A store keyed by <c>namespace/name</c> with the given indexes (the namespace index is not implied).</summary>
    public Indexer(IReadOnlyDictionary<string, IndexFunc<T>>? indexers = null, Func<T, string>? keyFunc = null)
    {
        _keyFunc = keyFunc ?? (obj => Cache.MetaNamespaceKey(obj));
        if (indexers is not null)
        {
            AddIndexers(indexers);
        }
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    public void Add(T obj) => Update(obj);

    public void Update(T obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var key = _keyFunc(obj);
        lock (_lock)
        {
            _items.TryGetValue(key, out var old);
            _items[key] = obj;
            UpdateIndices(old, obj, key);
        }
    }

    public void Delete(T obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        DeleteByKey(_keyFunc(obj));
    }

    /// <summary>Removes the object stored under <paramref name="key"/>, if any.</summary>
    public void DeleteByKey(string key)
    {
        lock (_lock)
        {
            if (_items.Remove(key, out var old))
            {
                UpdateIndices(old, null, key);
            }
        }
    }

    public void Replace(IReadOnlyList<T> list, string resourceVersion)
    {
        ArgumentNullException.ThrowIfNull(list);
        lock (_lock)
        {
            _items.Clear();
            foreach (var index in _indices.Values)
            {
                index.Clear();
            }

            foreach (var obj in list)
            {
                var key = _keyFunc(obj);
                _items.TryGetValue(key, out var old);
                _items[key] = obj;
                UpdateIndices(old, obj, key);
            }
        }
    }

    /// <summary>Nothing to do: a plain store has no one to re-deliver to (upstream's threadSafeMap.Resync).</summary>
    public void Resync()
    {
    }

    public IReadOnlyList<T> List()
    {
        lock (_lock)
        {
            return [.. _items.Values];
        }
    }

    public IReadOnlyList<string> ListKeys()
    {
        lock (_lock)
        {
            return [.. _items.Keys];
        }
    }

    public T? GetByKey(string key)
    {
        lock (_lock)
        {
            return _items.GetValueOrDefault(key);
        }
    }

    public T? Get(T obj) => GetByKey(_keyFunc(obj));

    public IReadOnlyList<T> Index(string indexName, T obj)
    {
        lock (_lock)
        {
            var indexFunc = IndexerFor(indexName);
            var index = _indices[indexName];
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in indexFunc(obj))
            {
                if (index.TryGetValue(value, out var set))
                {
                    keys.UnionWith(set);
                }
            }

            var result = new List<T>(keys.Count);
            foreach (var key in keys)
            {
                result.Add(_items[key]);
            }

            return result;
        }
    }

    public IReadOnlyList<string> IndexKeys(string indexName, string indexedValue)
    {
        lock (_lock)
        {
            IndexerFor(indexName);
            return _indices[indexName].TryGetValue(indexedValue, out var set) ? [.. set] : [];
        }
    }

    public IReadOnlyList<string> ListIndexFuncValues(string indexName)
    {
        lock (_lock)
        {
            IndexerFor(indexName);
            return [.. _indices[indexName].Keys];
        }
    }

    public IReadOnlyList<T> ByIndex(string indexName, string indexedValue)
    {
        lock (_lock)
        {
            IndexerFor(indexName);
            if (!_indices[indexName].TryGetValue(indexedValue, out var set))
            {
                return [];
            }

            var result = new List<T>(set.Count);
            foreach (var key in set)
            {
                result.Add(_items[key]);
            }

            return result;
        }
    }

    public IReadOnlyDictionary<string, IndexFunc<T>> GetIndexers()
    {
        lock (_lock)
        {
            return new Dictionary<string, IndexFunc<T>>(_indexers, StringComparer.Ordinal);
        }
    }

    public void AddIndexers(IReadOnlyDictionary<string, IndexFunc<T>> indexers)
    {
        ArgumentNullException.ThrowIfNull(indexers);
        lock (_lock)
        {
            foreach (var name in indexers.Keys)
            {
                if (_indexers.ContainsKey(name))
                {
                    throw new InvalidOperationException($"indexer conflict: {name}");
                }
            }

            foreach (var (name, indexFunc) in indexers)
            {
                _indexers[name] = indexFunc;
                var index = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
                _indices[name] = index;
                foreach (var (key, obj) in _items)
                {
                    AddToIndex(index, indexFunc(obj), key);
                }
            }
        }
    }

    private IndexFunc<T> IndexerFor(string indexName) =>
        _indexers.TryGetValue(indexName, out var indexFunc)
            ? indexFunc
            : throw new ArgumentException($"Index with name {indexName} does not exist", nameof(indexName));

    private void UpdateIndices(T? oldObj, T? newObj, string key)
    {
        foreach (var (name, indexFunc) in _indexers)
        {
            var index = _indices[name];
            var oldValues = oldObj is null ? [] : indexFunc(oldObj).ToList();
            var newValues = newObj is null ? [] : indexFunc(newObj).ToList();

            // The common case (an update that does not move the object, e.g. a status change) touches nothing.
            if (oldValues.Count == 1 && newValues.Count == 1 && oldValues[0] == newValues[0])
            {
                continue;
            }

            foreach (var value in oldValues)
            {
                if (index.TryGetValue(value, out var set))
                {
                    set.Remove(key);
                    if (set.Count == 0)
                    {
                        // Empty sets are dropped so indexes of short-lived values (node names, …) do not grow.
                        index.Remove(value);
                    }
                }
            }

            AddToIndex(index, newValues, key);
        }
    }

    private static void AddToIndex(Dictionary<string, HashSet<string>> index, IEnumerable<string> values, string key)
    {
        foreach (var value in values)
        {
            if (!index.TryGetValue(value, out var set))
            {
                index[value] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(key);
        }
    }
}
