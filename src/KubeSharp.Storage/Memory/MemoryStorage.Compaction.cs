namespace KubeSharp.Storage.Memory;

public sealed partial class MemoryStorage
{
    public Task CompactAsync(long revision, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(revision);
        lock (_lock)
        {
            ThrowIfDisposed();

            // As etcd's mvcc store Compact: compacting to or below the compacted revision is an error, and
            // so is compacting past the current revision.
            if (revision <= _compactRevision)
            {
                throw new CompactedException(revision, _compactRevision);
            }

            if (revision > _revision)
            {
                throw new FutureRevisionException(revision, _revision);
            }

            CompactLocked(revision);
            return Task.CompletedTask;
        }
    }

    private void CompactLocked(long revision)
    {
        _compactRevision = revision;
        var emptied = new List<string>();
        foreach (var (key, history) in _keys)
        {
            // Keep the version live at the compaction point (not a tombstone) and everything after it.
            var index = history.IndexAt(revision);
            if (index < 0)
            {
                continue;
            }

            var keepFrom = history.Versions[index].Version > 0 ? index : index + 1;
            history.Versions.RemoveRange(0, keepFrom);
            if (history.Versions.Count == 0)
            {
                emptied.Add(key);
            }
        }

        foreach (var key in emptied)
        {
            _keys.Remove(key);
        }

        var drop = 0;
        while (drop < _events.Count && _events[drop].Revision <= revision)
        {
            drop++;
        }

        _events.RemoveRange(0, drop);
    }

    private void CompactAutomatically()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            var target = _compactionPolicy.Next(_revision, _compactRevision);
            if (target > 0)
            {
                CompactLocked(target);
            }
        }
    }
}
