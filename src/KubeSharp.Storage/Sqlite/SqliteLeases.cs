namespace KubeSharp.Storage.Sqlite;

/// <summary>
/// Lease expiry lives in memory, as in etcd's lessor: only the ID and TTL are durable, and after a restart
/// every lease gets a full TTL again (etcd does the same when a member becomes leader). Keep-alives therefore
/// cost no write.
/// </summary>
internal sealed class SqliteLeases
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, Entry> _entries = [];

    public bool Contains(long id)
    {
        lock (_lock)
        {
            return _entries.ContainsKey(id);
        }
    }

    public void Add(long id, long ttlSeconds, DateTimeOffset now)
    {
        lock (_lock)
        {
            _entries[id] = new Entry(ttlSeconds) { Expiry = now.AddSeconds(ttlSeconds) };
        }
    }

    public void Remove(long id)
    {
        lock (_lock)
        {
            _entries.Remove(id);
        }
    }

    /// <summary>Renews a live lease; throws <see cref="LeaseNotFoundException"/> for an unknown or expired one.</summary>
    public TimeSpan KeepAlive(long id, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(id, out var entry) || entry.Expiry <= now)
            {
                throw new LeaseNotFoundException(id);
            }

            entry.Expiry = now.AddSeconds(entry.TtlSeconds);
            return TimeSpan.FromSeconds(entry.TtlSeconds);
        }
    }

    /// <summary>Granted and remaining TTL, or null.</summary>
    public (TimeSpan Granted, TimeSpan Remaining)? Get(long id, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(id, out var entry))
            {
                return null;
            }

            var remaining = entry.Expiry - now;
            return (TimeSpan.FromSeconds(entry.TtlSeconds), remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
        }
    }

    /// <summary>Leases past their expiry that nobody is revoking yet; each is returned once.</summary>
    public List<long> TakeExpired(DateTimeOffset now)
    {
        var expired = new List<long>();
        lock (_lock)
        {
            foreach (var (id, entry) in _entries)
            {
                if (!entry.Revoking && entry.Expiry <= now)
                {
                    entry.Revoking = true;
                    expired.Add(id);
                }
            }
        }

        return expired;
    }

    private sealed class Entry(long ttlSeconds)
    {
        public long TtlSeconds { get; } = ttlSeconds;

        public DateTimeOffset Expiry { get; set; }

        public bool Revoking { get; set; }
    }
}
