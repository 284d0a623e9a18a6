using KubeSharp.Api;

namespace KubeSharp.Client.Informers;

/// <summary>
/// The queue between a reflector and an informer (upstream's <c>cache.DeltaFIFO</c>): per key, the list of changes
/// since the key was last popped, keys in first-changed order. A consumer therefore sees every change of an object
/// once, in order, and sees deletions even of objects that vanished while the watch was down: <see cref="Replace"/>
/// compares a re-list with what the consumer knows (<c>knownObjects</c>, the informer's indexer) and queues a
/// <see cref="DeletedFinalStateUnknown{T}"/> deletion for each object that is gone.
/// </summary>
public sealed class DeltaFifo<T> : IStore<T>
    where T : KubeObject
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<Delta>> _items = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _queue = new();
    private readonly IIndexer<T>? _knownObjects;
    private TaskCompletionSource _signal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _populated;
    private int _initialPopulationCount;
    private bool _closed;

    /// <param name="knownObjects">What the consumer holds; deletions found by <see cref="Replace"/> and
    /// <see cref="Resync"/> come from it. Informers pass their indexer.</param>
    public DeltaFifo(IIndexer<T>? knownObjects = null)
    {
        _knownObjects = knownObjects;
    }

    /// <summary>
    /// True once the first <see cref="Replace"/> (or any add) happened and every item it queued was popped:
    /// the consumer has seen the initial list.
    /// </summary>
    public bool HasSynced
    {
        get
        {
            lock (_lock)
            {
                return _populated && _initialPopulationCount == 0;
            }
        }
    }

    public bool IsClosed
    {
        get
        {
            lock (_lock)
            {
                return _closed;
            }
        }
    }

    /// <summary>Keys with changes waiting, in queue order.</summary>
    public IReadOnlyList<string> ListKeys()
    {
        lock (_lock)
        {
            return [.. _queue];
        }
    }

    /// <summary>The changes waiting for a key, oldest first (a copy).</summary>
    public IReadOnlyList<Delta> GetByKey(string key)
    {
        lock (_lock)
        {
            return _items.TryGetValue(key, out var deltas) ? [.. deltas] : [];
        }
    }

    public void Add(T obj)
    {
        lock (_lock)
        {
            _populated = true;
            QueueAction(DeltaType.Added, obj, Cache.MetaNamespaceKey(obj));
        }
    }

    public void Update(T obj)
    {
        lock (_lock)
        {
            _populated = true;
            QueueAction(DeltaType.Updated, obj, Cache.MetaNamespaceKey(obj));
        }
    }

    /// <summary>Queues a deletion, unless neither the queue nor the consumer knows the object (nothing to delete).</summary>
    public void Delete(T obj)
    {
        var key = Cache.MetaNamespaceKey(obj);
        lock (_lock)
        {
            _populated = true;
            var known = _knownObjects?.GetByKey(key) is not null;
            if (!known && !_items.ContainsKey(key))
            {
                return;
            }

            QueueAction(DeltaType.Deleted, obj, key);
        }
    }

    public void Replace(IReadOnlyList<T> list, string resourceVersion)
    {
        ArgumentNullException.ThrowIfNull(list);
        lock (_lock)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var obj in list)
            {
                var key = Cache.MetaNamespaceKey(obj);
                keys.Add(key);
                QueueAction(DeltaType.Replaced, obj, key);
            }

            var queuedDeletions = 0;
            if (_knownObjects is not null)
            {
                foreach (var known in _knownObjects.ListKeys())
                {
                    if (keys.Contains(known))
                    {
                        continue;
                    }

                    // Gone while we were not watching: the consumer's last copy is the best final state we have.
                    var last = _knownObjects.GetByKey(known);
                    if (last is null)
                    {
                        continue;
                    }

                    queuedDeletions++;
                    QueueAction(DeltaType.Deleted, new DeletedFinalStateUnknown<T>(known, last), known);
                }
            }
            else
            {
                foreach (var (key, deltas) in _items.ToList())
                {
                    if (keys.Contains(key) || deltas[^1].Type == DeltaType.Deleted)
                    {
                        continue;
                    }

                    queuedDeletions++;
                    QueueAction(DeltaType.Deleted, new DeletedFinalStateUnknown<T>(key, (T)deltas[^1].Object), key);
                }
            }

            if (!_populated)
            {
                _populated = true;
                _initialPopulationCount = keys.Count + queuedDeletions;
            }
        }
    }

    /// <summary>Queues a Sync of every known object that has no change already waiting.</summary>
    public void Resync()
    {
        if (_knownObjects is null)
        {
            return;
        }

        lock (_lock)
        {
            foreach (var key in _knownObjects.ListKeys())
            {
                if (_items.ContainsKey(key) || _knownObjects.GetByKey(key) is not { } obj)
                {
                    continue;
                }

                QueueAction(DeltaType.Sync, obj, key);
            }
        }
    }

    /// <summary>
    /// Waits for a key, then hands its changes to <paramref name="process"/> while holding the queue's lock, so a
    /// concurrent <see cref="Replace"/> sees the consumer's store with those changes applied (as upstream's Pop).
    /// The second argument tells whether the changes belong to the initial list. Returns false once closed.
    /// </summary>
    public async Task<bool> PopAsync(Action<IReadOnlyList<Delta>, bool> process, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(process);
        while (true)
        {
            Task signal;
            lock (_lock)
            {
                if (_queue.First is { } first)
                {
                    var key = first.Value;
                    _queue.RemoveFirst();
                    var deltas = _items[key];
                    _items.Remove(key);
                    var isInInitialList = _initialPopulationCount > 0;
                    if (isInInitialList)
                    {
                        _initialPopulationCount--;
                    }

                    process(deltas, isInInitialList);
                    return true;
                }

                if (_closed)
                {
                    return false;
                }

                if (_signal.Task.IsCompleted)
                {
                    _signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                signal = _signal.Task;
            }

            await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Wakes the consumer; <see cref="PopAsync"/> returns false once the queue is empty.</summary>
    public void Close()
    {
        lock (_lock)
        {
            _closed = true;
            _signal.TrySetResult();
        }
    }

    private void QueueAction(DeltaType type, object obj, string key)
    {
        if (!_items.TryGetValue(key, out var deltas))
        {
            deltas = [];
            _items[key] = deltas;
            _queue.AddLast(key);
        }

        deltas.Add(new Delta(type, obj));
        DedupDeletions(deltas);
        _signal.TrySetResult();
    }

    /// <summary>
    /// Two deletions in a row are one: keep the one that carries a real object rather than a tombstone
    /// (upstream's dedupDeltas/isDeletionDup).
    /// </summary>
    private static void DedupDeletions(List<Delta> deltas)
    {
        if (deltas.Count < 2)
        {
            return;
        }

        var older = deltas[^2];
        var newer = deltas[^1];
        if (older.Type != DeltaType.Deleted || newer.Type != DeltaType.Deleted)
        {
            return;
        }

        var keep = newer.Object is IDeletedFinalStateUnknown ? older : newer;
        deltas.RemoveAt(deltas.Count - 1);
        deltas[^1] = keep;
    }
}
