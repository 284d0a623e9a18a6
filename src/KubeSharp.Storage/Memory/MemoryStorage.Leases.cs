using KubeSharp.Storage.Internal;

namespace KubeSharp.Storage.Memory;

public sealed partial class MemoryStorage
{
    private readonly Dictionary<long, MemoryLease> _leases = [];

    public Task<long> GrantLeaseAsync(TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        var seconds = StorageValidation.TtlSeconds(ttl);
        lock (_lock)
        {
            ThrowIfDisposed();
            long id;
            do
            {
                // As etcd: random positive IDs, so an ID is never reused for a different lease.
                id = Random.Shared.NextInt64(1, long.MaxValue);
            }
            while (_leases.ContainsKey(id));

            _leases.Add(id, new MemoryLease(id, seconds, _timeProvider.GetUtcNow().AddSeconds(seconds)));
            return Task.FromResult(id);
        }
    }

    public Task<TimeSpan> KeepAliveLeaseAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            ThrowIfDisposed();
            var now = _timeProvider.GetUtcNow();
            if (!_leases.TryGetValue(id, out var lease) || lease.Expiry <= now)
            {
                throw new LeaseNotFoundException(id);
            }

            lease.Expiry = now.AddSeconds(lease.TtlSeconds);
            return Task.FromResult(TimeSpan.FromSeconds(lease.TtlSeconds));
        }
    }

    public Task RevokeLeaseAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            ThrowIfDisposed();
            if (!_leases.TryGetValue(id, out var lease))
            {
                throw new LeaseNotFoundException(id);
            }

            RevokeLocked(lease);
            return Task.CompletedTask;
        }
    }

    public Task<LeaseStatus?> GetLeaseAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            ThrowIfDisposed();
            if (!_leases.TryGetValue(id, out var lease))
            {
                return Task.FromResult<LeaseStatus?>(null);
            }

            var remaining = lease.Expiry - _timeProvider.GetUtcNow();
            return Task.FromResult<LeaseStatus?>(new LeaseStatus(
                id,
                TimeSpan.FromSeconds(lease.TtlSeconds),
                remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero,
                [.. lease.Keys]));
        }
    }

    private void RevokeLocked(MemoryLease lease)
    {
        _leases.Remove(lease.Id);
        foreach (var key in lease.Keys.ToArray())
        {
            if (CurrentOf(key) is { } current)
            {
                DeleteLocked(current);
            }
        }
    }

    private void ExpireLeases()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            var now = _timeProvider.GetUtcNow();
            var expired = new List<MemoryLease>();
            foreach (var lease in _leases.Values)
            {
                if (lease.Expiry <= now)
                {
                    expired.Add(lease);
                }
            }

            foreach (var lease in expired)
            {
                RevokeLocked(lease);
            }
        }
    }
}
