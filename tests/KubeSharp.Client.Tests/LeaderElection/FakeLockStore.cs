using KubeSharp.Client.LeaderElection;

namespace KubeSharp.Client.Tests.LeaderElection;

/// <summary>
/// An in-memory lock object with optimistic concurrency, as the API server keeps a Lease: every write bumps the
/// version, and a write based on an older version fails. Records every successful write with the time it happened.
/// </summary>
internal sealed class FakeLockStore(TimeProvider time)
{
    private readonly Lock _lock = new();

    public LeaderElectionRecord? Record { get; private set; }

    public long Version { get; private set; }

    public List<(DateTimeOffset At, LeaderElectionRecord Record)> Writes { get; } = [];

    public (LeaderElectionRecord Record, long Version)? Get()
    {
        lock (_lock)
        {
            return Record is null ? null : (Record, Version);
        }
    }

    public long Create(LeaderElectionRecord record)
    {
        lock (_lock)
        {
            if (Record is not null)
            {
                throw new InvalidOperationException("already exists");
            }

            return Write(record);
        }
    }

    public long Update(LeaderElectionRecord record, long basedOn)
    {
        lock (_lock)
        {
            if (basedOn != Version)
            {
                throw new InvalidOperationException("conflict");
            }

            return Write(record);
        }
    }

    /// <summary>When <paramref name="identity"/> first became holder after <paramref name="after"/>.</summary>
    public DateTimeOffset? AcquiredAt(string identity, DateTimeOffset after)
    {
        lock (_lock)
        {
            string? previous = null;
            foreach (var (at, record) in Writes)
            {
                if (record.HolderIdentity == identity && previous != identity && at >= after)
                {
                    return at;
                }

                previous = record.HolderIdentity;
            }

            return null;
        }
    }

    private long Write(LeaderElectionRecord record)
    {
        Record = record;
        Version++;
        Writes.Add((time.GetUtcNow(), record));
        return Version;
    }
}
