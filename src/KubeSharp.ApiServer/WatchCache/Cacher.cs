using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Endpoints;
using KubeSharp.ApiServer.Registry;
using KubeSharp.ApiServer.Registry.Generic;
using KubeSharp.Storage;
using Microsoft.Extensions.Logging;

namespace KubeSharp.ApiServer.WatchCache;

/// <summary>
/// The watch cache of one resource (upstream's <c>storage/cacher</c>): one datastore list and one datastore
/// watch keep every object and a window of recent events in memory; lists are answered from it and every
/// client watch is fanned out from it, filtered per watcher, without touching the datastore.
/// </summary>
public sealed partial class Cacher : IAsyncDisposable
{
    /// <summary>Recent events kept for watches that start from a past resourceVersion.</summary>
    public const int DefaultHistoryCapacity = 16384;

    private readonly ResourceStore _store;
    private readonly IStorage _storage;
    private readonly ILogger<Cacher> _logger;
    private readonly TimeProvider _time;
    private readonly int _historyCapacity;
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HashSet<CacheWatcher> _watchers = [];
    private SortedDictionary<string, CachedObject> _items = new(StringComparer.Ordinal);
    private readonly CacheEvent?[] _history;
    private int _historyStart;
    private int _historyCount;
    private long _resourceVersion;

    // The revision after which the history is complete: the list's revision until the first event is evicted,
    // then the newest evicted event's (upstream's watchCache keeps the same bound as its listResourceVersion).
    // Events of other resources move _resourceVersion on without entering this cache's history, so the
    // resourceVersion a client got from an earlier list is still valid as long as it is not below this floor.
    private long _historyFloor;
    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _loop;

    public Cacher(ResourceStore store, IStorage storage, ILogger<Cacher> logger, TimeProvider time, int historyCapacity = DefaultHistoryCapacity)
    {
        _store = store;
        _storage = storage;
        _logger = logger;
        _time = time;
        _historyCapacity = historyCapacity;
        _history = new CacheEvent?[historyCapacity];
    }

    /// <summary>The revision the cache reflects.</summary>
    public long ResourceVersion
    {
        get
        {
            lock (_lock)
            {
                return _resourceVersion;
            }
        }
    }

    public int WatcherCount
    {
        get
        {
            lock (_lock)
            {
                return _watchers.Count;
            }
        }
    }

    /// <summary>Completes once the first list is in memory.</summary>
    public Task Ready => _ready.Task;

    public void Start() => _loop ??= Task.Run(() => RunAsync(_stopping.Token));

    /// <summary>
    /// Upstream delegates to the datastore any list the cache cannot answer exactly: an exact resourceVersion, a
    /// continue token, or a limit with anything but resourceVersion=0.
    /// </summary>
    public bool CanServeList(ListOptions options) =>
        options.Continue.Length == 0
        && options.ResourceVersionMatch != "Exact"
        && (options.ResourceVersion == "0" || options.Limit == 0);

    public async Task<ListResult> ListAsync(string ns, ListOptions options, CancellationToken cancellationToken)
    {
        await WaitFreshAsync(options.ResourceVersion, cancellationToken);
        lock (_lock)
        {
            var items = new List<JsonObject>();
            foreach (var cached in Range(ns))
            {
                if (_store.Mapping.Namespaced && ns.Length > 0 && cached.Namespace != ns)
                {
                    continue;
                }

                if (options.LabelSelector.Matches(cached.Labels) && options.FieldSelector.Matches(cached.Fields))
                {
                    items.Add(cached.ToObject());
                }
            }

            return new ListResult(items, _resourceVersion, "", null);
        }
    }

    /// <summary>The cached objects of a list (whole resource or one namespace), in key order, for callers that encode them directly.</summary>
    public async Task<(IReadOnlyList<CachedObject> Items, long ResourceVersion)> ListCachedAsync(string ns, ListOptions options, CancellationToken cancellationToken)
    {
        await WaitFreshAsync(options.ResourceVersion, cancellationToken);
        lock (_lock)
        {
            var items = new List<CachedObject>();
            foreach (var cached in Range(ns))
            {
                if (options.LabelSelector.Matches(cached.Labels) && options.FieldSelector.Matches(cached.Fields))
                {
                    items.Add(cached);
                }
            }

            return (items, _resourceVersion);
        }
    }

    /// <summary>
    /// Starts a watch: "" or "0" begin with an ADDED event per current object; a resourceVersion replays the
    /// history after it (an ERROR event with 410 Gone when that history is no longer kept).
    /// </summary>
    public async Task<CacheWatcher> WatchAsync(string ns, ListOptions options, CancellationToken cancellationToken)
    {
        var requested = ObjectCodec.ParseResourceVersion(options.ResourceVersion)
            ?? throw StatusError.BadRequest($"invalid resource version: {options.ResourceVersion}");
        await WaitFreshAsync(options.ResourceVersion, cancellationToken);
        lock (_lock)
        {
            var initial = new List<WatchItem>();
            var sendInitial = options.SendInitialEvents ?? (options.ResourceVersion is "" or "0");
            CacheWatcher watcher;
            if (sendInitial)
            {
                watcher = new CacheWatcher(ns, options, initial, CacheWatcher.DefaultCapacity, Remove);
                foreach (var cached in Range(ns))
                {
                    if (watcher.Matches(cached))
                    {
                        initial.Add(new WatchItem(WatchEventTypes.Added, cached, cached.ResourceVersion));
                    }
                }

                if (options.SendInitialEvents == true)
                {
                    initial.Add(new WatchItem(WatchEventTypes.Bookmark, null, _resourceVersion, InitialEventsEnd: true));
                }
            }
            else
            {
                if (requested < _historyFloor)
                {
                    var gone = StatusErrors.TooOldResourceVersion(requested, _historyFloor);
                    watcher = new CacheWatcher(ns, options, [new WatchItem(WatchEventTypes.Error, null, 0, gone)], 1, _ => { });
                    watcher.Terminate("too old");
                    return watcher;
                }

                watcher = new CacheWatcher(ns, options, initial, CacheWatcher.DefaultCapacity, Remove);
                for (var i = 0; i < _historyCount; i++)
                {
                    var change = _history[(_historyStart + i) % _historyCapacity]!;
                    if (change.ResourceVersion > requested)
                    {
                        var item = Classify(watcher, change);
                        if (item is { } value)
                        {
                            initial.Add(value);
                        }
                    }
                }
            }

            _watchers.Add(watcher);
            return watcher;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            try
            {
                await _loop;
            }
            catch (OperationCanceledException)
            {
            }
        }

        lock (_lock)
        {
            foreach (var watcher in _watchers.ToList())
            {
                watcher.Terminate("server shutting down");
            }

            _watchers.Clear();
        }

        _stopping.Dispose();
    }

    private static WatchItem? Classify(CacheWatcher watcher, CacheEvent change)
    {
        var current = watcher.Matches(change.Current);
        var previous = watcher.Matches(change.Previous);
        if (current)
        {
            return new WatchItem(previous ? WatchEventTypes.Modified : WatchEventTypes.Added, change.Current, change.ResourceVersion);
        }

        return previous ? new WatchItem(WatchEventTypes.Deleted, change.PrevAtEventVersion, change.ResourceVersion) : null;
    }

    private IEnumerable<CachedObject> Range(string ns)
    {
        if (!_store.Mapping.Namespaced || ns.Length == 0)
        {
            return _items.Values;
        }

        var prefix = StorageKeys.ListPrefix(_store.Prefix, ns);
        return _items.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p.Value);
    }

    /// <summary>
    /// Waits until the cache is synced and, for a consistent read (""), has caught up with the datastore's
    /// current revision, or for "N" has reached N; "0" is served from whatever the cache has.
    /// </summary>
    private async Task WaitFreshAsync(string resourceVersion, CancellationToken cancellationToken)
    {
        await _ready.Task.WaitAsync(TimeSpan.FromSeconds(30), _time, cancellationToken);
        long target;
        if (resourceVersion.Length == 0)
        {
            target = await _storage.GetCurrentRevisionAsync(cancellationToken);
        }
        else
        {
            target = ObjectCodec.ParseResourceVersion(resourceVersion)
                ?? throw StatusError.BadRequest($"invalid resource version: {resourceVersion}");
        }

        var deadline = _time.GetUtcNow().AddSeconds(3);
        while (true)
        {
            Task progress;
            lock (_lock)
            {
                if (_resourceVersion >= target)
                {
                    return;
                }

                progress = _progress.Task;
            }

            var left = deadline - _time.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                throw StatusErrors.Timeout($"Too large resource version: {target}, current: {ResourceVersion}", 1);
            }

            await _storage.RequestProgressAsync(cancellationToken);
            try
            {
                await progress.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200), _time, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Ask again.
            }
        }
    }

    private void Remove(CacheWatcher watcher)
    {
        lock (_lock)
        {
            _watchers.Remove(watcher);
        }
    }
}
