namespace KubeSharp.Storage.Internal;

/// <summary>
/// Decides how far automatic compaction may go: keep at least <see cref="StorageOptions.CompactionRetention"/>
/// of history and at least <see cref="StorageOptions.CompactionMinRevisions"/> revisions. It samples the
/// revision at every tick, as kube-apiserver's compactor remembers the revision it saw one interval ago, and
/// compacts to the newest sample that is old enough.
/// </summary>
internal sealed class CompactionPolicy
{
    private readonly Queue<(long Timestamp, long Revision)> _samples = new();
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _retention;
    private readonly long _minRevisions;

    public CompactionPolicy(StorageOptions options, TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        _retention = options.CompactionRetention;
        _minRevisions = options.CompactionMinRevisions;
    }

    /// <summary>Records the current revision and returns the revision to compact to, or 0 for none.</summary>
    public long Next(long currentRevision, long compactRevision)
    {
        var now = _timeProvider.GetTimestamp();
        _samples.Enqueue((now, currentRevision));
        long target = 0;
        while (_samples.Count > 0 && _timeProvider.GetElapsedTime(_samples.Peek().Timestamp, now) >= _retention)
        {
            target = _samples.Dequeue().Revision;
        }

        target = Math.Min(target, currentRevision - _minRevisions);
        return target > compactRevision ? target : 0;
    }
}
