using KubeSharp.Storage.Internal;

namespace KubeSharp.Storage.Memory;

/// <summary>
/// An in-memory <see cref="IStorage"/> with the same semantics as the SQLite backend and nothing durable:
/// a fake for fast tests of the layers above, and a second implementation that keeps the contract suite
/// honest about what is contract and what is SQLite.
/// </summary>
/// <remarks>One lock guards all state; watches run on <see cref="WatchStream"/> like the real backend's.</remarks>
public sealed partial class MemoryStorage : IStorage, IWatchHistory
{
    private readonly Lock _lock = new();
    private readonly StorageOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly SortedList<string, MemoryKeyHistory> _keys = new(KeyOrder.Comparer);
    private readonly List<WatchEvent> _events = [];
    private readonly WatchLog _log;
    private readonly CompactionPolicy _compactionPolicy;
    private readonly ITimer _leaseTimer;
    private readonly ITimer? _compactionTimer;
    private long _revision = 1; // etcd starts at revision 1; the first write is revision 2.
    private long _compactRevision;
    private bool _disposed;

    public MemoryStorage(StorageOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new StorageOptions();
        _options.Validate();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _log = new WatchLog(_options.WatchLogCapacity, _revision);
        _compactionPolicy = new CompactionPolicy(_options, _timeProvider);

        // As etcd's lessor: expired leases are looked for every 500 ms.
        _leaseTimer = _timeProvider.CreateTimer(_ => ExpireLeases(), null, LeaseCheckInterval, LeaseCheckInterval);
        if (_options.CompactionInterval > TimeSpan.Zero)
        {
            _compactionTimer = _timeProvider.CreateTimer(_ => CompactAutomatically(), null, _options.CompactionInterval, _options.CompactionInterval);
        }
    }

    internal static TimeSpan LeaseCheckInterval { get; } = TimeSpan.FromMilliseconds(500);

    long IWatchHistory.CompactRevision
    {
        get
        {
            lock (_lock)
            {
                return _compactRevision;
            }
        }
    }

    public Task<long> GetCurrentRevisionAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            ThrowIfDisposed();
            return Task.FromResult(_revision);
        }
    }

    public Task<StorageStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            ThrowIfDisposed();
            return Task.FromResult(new StorageStatus(_revision, _compactRevision, 0, 0));
        }
    }

    public Task<KeyValue?> GetAsync(string key, long revision = 0, CancellationToken cancellationToken = default)
    {
        StorageValidation.Key(key);
        ArgumentOutOfRangeException.ThrowIfNegative(revision);
        lock (_lock)
        {
            ThrowIfDisposed();
            var at = ReadRevision(revision);
            return Task.FromResult(_keys.TryGetValue(key, out var history) ? history.At(at) : null);
        }
    }

    public Task<RangeResult> RangeAsync(RangeOptions options, CancellationToken cancellationToken = default)
    {
        StorageValidation.Range(options);
        lock (_lock)
        {
            ThrowIfDisposed();
            var at = ReadRevision(options.Revision);
            var kvs = new List<KeyValue>();
            long count = 0;
            for (var i = LowerBound(options.StartKey ?? options.Prefix); i < _keys.Count; i++)
            {
                var key = _keys.Keys[i];
                if (!key.StartsWith(options.Prefix, StringComparison.Ordinal))
                {
                    break;
                }

                var kv = _keys.Values[i].At(at);
                if (kv is null)
                {
                    continue;
                }

                count++;
                if (!options.CountOnly && (options.Limit == 0 || kvs.Count < options.Limit))
                {
                    kvs.Add(kv);
                }
            }

            return Task.FromResult(new RangeResult(kvs, !options.CountOnly && kvs.Count < count, count, at));
        }
    }

    public IAsyncEnumerable<WatchResponse> WatchAsync(WatchOptions options, CancellationToken cancellationToken = default)
    {
        StorageValidation.Watch(options);
        lock (_lock)
        {
            ThrowIfDisposed();
        }

        return WatchStream.RunAsync(_log, this, options, _timeProvider, _options.ProgressNotifyInterval, cancellationToken);
    }

    public Task RequestProgressAsync(CancellationToken cancellationToken = default)
    {
        _log.RequestProgress();
        return Task.CompletedTask;
    }

    ValueTask<HistoryPage> IWatchHistory.ReadAsync(long from, long to, string key, bool prefix, int limit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (from <= _compactRevision)
            {
                throw new CompactedException(from, _compactRevision);
            }

            // _events holds every revision above the compaction point, one event each, in order.
            var firstRevision = _events.Count > 0 ? _events[0].Revision : _revision + 1;
            var matched = new List<WatchEvent>();
            var scannedTo = to;
            for (var revision = Math.Max(from, firstRevision); revision <= to; revision++)
            {
                var watchEvent = _events[(int)(revision - firstRevision)];
                if (KeyOrder.Matches(watchEvent.Kv.Key, key, prefix))
                {
                    matched.Add(watchEvent);
                    if (matched.Count == limit)
                    {
                        scannedTo = revision;
                        break;
                    }
                }
            }

            return ValueTask.FromResult(new HistoryPage(matched, scannedTo));
        }
    }

    public ValueTask DisposeAsync()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return ValueTask.CompletedTask;
            }

            _disposed = true;
        }

        _leaseTimer.Dispose();
        _compactionTimer?.Dispose();
        _log.Close(new ObjectDisposedException(nameof(MemoryStorage)));
        return ValueTask.CompletedTask;
    }

    /// <summary>The revision a read is served at, after etcd's checks.</summary>
    private long ReadRevision(long revision)
    {
        if (revision == 0)
        {
            return _revision;
        }

        if (revision > _revision)
        {
            throw new FutureRevisionException(revision, _revision);
        }

        if (revision < _compactRevision)
        {
            throw new CompactedException(revision, _compactRevision);
        }

        return revision;
    }

    /// <summary>Index of the first key at or after <paramref name="key"/>.</summary>
    private int LowerBound(string key)
    {
        var keys = _keys.Keys;
        int low = 0, high = keys.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (KeyOrder.Compare(keys[middle], key) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private void ThrowIfDisposed()
    {
        if (_disposed)
        {
            throw new StorageUnavailableException("storage closed");
        }
    }
}
