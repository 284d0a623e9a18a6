namespace KubeSharp.Storage;

/// <summary>Tuning shared by every backend. The defaults are the ones a cluster runs with.</summary>
public sealed record StorageOptions
{
    /// <summary>Largest key plus value accepted, as etcd's <c>--max-request-bytes</c> default (1.5 MiB).</summary>
    public int MaxValueBytes { get; init; } = 1536 * 1024;

    /// <summary>
    /// Recent events kept in memory for watches (default 65,536). A watch further behind than this reads
    /// from the database instead; it is never dropped for being slow.
    /// </summary>
    public int WatchLogCapacity { get; init; } = 65536;

    /// <summary>Idle time after which a watch with progress notify gets a notification (default 5 s, as kine's).</summary>
    public TimeSpan ProgressNotifyInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How often automatic compaction runs (default 1 minute); <see cref="TimeSpan.Zero"/> turns it off.</summary>
    public TimeSpan CompactionInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// History younger than this is kept (default 5 minutes, as kube-apiserver's <c>--etcd-compaction-interval</c>),
    /// so watches and paginated lists from recent revisions keep working.
    /// </summary>
    public TimeSpan CompactionRetention { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>At least this many recent revisions are kept whatever their age (default 1,000, as kine).</summary>
    public long CompactionMinRevisions { get; init; } = 1000;

    /// <summary>Writes committed together at most (group commit); default 1,024.</summary>
    public int MaxBatchSize { get; init; } = 1024;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for values the store cannot run with.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxValueBytes, 1, nameof(MaxValueBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(WatchLogCapacity, 16, nameof(WatchLogCapacity));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ProgressNotifyInterval, TimeSpan.Zero, nameof(ProgressNotifyInterval));
        ArgumentOutOfRangeException.ThrowIfLessThan(CompactionInterval, TimeSpan.Zero, nameof(CompactionInterval));
        ArgumentOutOfRangeException.ThrowIfLessThan(CompactionRetention, TimeSpan.Zero, nameof(CompactionRetention));
        ArgumentOutOfRangeException.ThrowIfLessThan(CompactionMinRevisions, 0, nameof(CompactionMinRevisions));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBatchSize, 1, nameof(MaxBatchSize));
    }
}
