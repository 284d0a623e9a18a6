using KubeSharp.Storage.Internal;

namespace KubeSharp.Storage.Memory;

public sealed partial class MemoryStorage
{
    public Task<KeyValue> CreateAsync(string key, ReadOnlyMemory<byte> value, long lease = 0, CancellationToken cancellationToken = default)
    {
        StorageValidation.Key(key);
        StorageValidation.Size(key, value, _options.MaxValueBytes);
        lock (_lock)
        {
            ThrowIfDisposed();
            var current = CurrentOf(key);
            if (current is not null)
            {
                throw new KeyExistsException(key, current);
            }

            return Task.FromResult(PutLocked(key, value, lease, current));
        }
    }

    public Task<KeyValue> UpdateAsync(string key, ReadOnlyMemory<byte> value, long expectedModRevision, long lease = 0, CancellationToken cancellationToken = default)
    {
        StorageValidation.Key(key);
        StorageValidation.ModRevision(expectedModRevision);
        StorageValidation.Size(key, value, _options.MaxValueBytes);
        lock (_lock)
        {
            ThrowIfDisposed();
            var current = CurrentOf(key) ?? throw new NotFoundException(key);
            if (current.ModRevision != expectedModRevision)
            {
                throw new ConflictException(key, expectedModRevision, current);
            }

            return Task.FromResult(PutLocked(key, value, lease, current));
        }
    }

    public Task<KeyValue> PutAsync(string key, ReadOnlyMemory<byte> value, long lease = 0, CancellationToken cancellationToken = default)
    {
        StorageValidation.Key(key);
        StorageValidation.Size(key, value, _options.MaxValueBytes);
        lock (_lock)
        {
            ThrowIfDisposed();
            return Task.FromResult(PutLocked(key, value, lease, CurrentOf(key)));
        }
    }

    public Task<DeleteResult> DeleteAsync(string key, long expectedModRevision = 0, CancellationToken cancellationToken = default)
    {
        StorageValidation.Key(key);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedModRevision);
        lock (_lock)
        {
            ThrowIfDisposed();
            var current = CurrentOf(key) ?? throw new NotFoundException(key);
            if (expectedModRevision != 0 && current.ModRevision != expectedModRevision)
            {
                throw new ConflictException(key, expectedModRevision, current);
            }

            return Task.FromResult(DeleteLocked(current));
        }
    }

    private KeyValue? CurrentOf(string key) => _keys.TryGetValue(key, out var history) ? history.Current : null;

    private KeyValue PutLocked(string key, ReadOnlyMemory<byte> value, long lease, KeyValue? current)
    {
        MemoryLease? newLease = null;
        if (lease != 0 && !_leases.TryGetValue(lease, out newLease))
        {
            throw new LeaseNotFoundException(lease);
        }

        var revision = _revision + 1;
        var kv = new KeyValue(
            key,
            value.ToArray(),
            current?.CreateRevision ?? revision,
            revision,
            (current?.Version ?? 0) + 1,
            lease);
        if (current is not null && current.Lease != 0 && current.Lease != lease && _leases.TryGetValue(current.Lease, out var oldLease))
        {
            oldLease.Keys.Remove(key);
        }

        newLease?.Keys.Add(key);
        Record(kv, new WatchEvent(WatchEventType.Put, kv, current));
        return kv;
    }

    private DeleteResult DeleteLocked(KeyValue current)
    {
        var revision = _revision + 1;
        if (current.Lease != 0 && _leases.TryGetValue(current.Lease, out var lease))
        {
            lease.Keys.Remove(current.Key);
        }

        var tombstone = new KeyValue(current.Key, ReadOnlyMemory<byte>.Empty, 0, revision, 0, 0);
        Record(tombstone, new WatchEvent(WatchEventType.Delete, tombstone, current));
        return new DeleteResult(current, revision);
    }

    /// <summary>Commits one revision: the key's history, the event history, the watch log.</summary>
    private void Record(KeyValue kv, WatchEvent watchEvent)
    {
        if (!_keys.TryGetValue(kv.Key, out var history))
        {
            history = new MemoryKeyHistory();
            _keys.Add(kv.Key, history);
        }

        history.Versions.Add(kv);
        _events.Add(watchEvent);
        _revision = kv.ModRevision;
        _log.Append(watchEvent);
        _log.Publish(_revision);
    }
}
