using System.Threading.Channels;
using KubeSharp.ApiServer.Endpoints;
using KubeSharp.ApiServer.Registry;

namespace KubeSharp.ApiServer.WatchCache;

/// <summary>
/// One client's watch on the cache (upstream's <c>cacheWatcher</c>): it filters events by namespace and
/// selectors, turning an object that starts or stops matching into ADDED or DELETED as upstream does, and
/// buffers them in a bounded queue. The cache never waits for a watcher: one whose queue is full is ended
/// (the client re-watches from its last version), so a slow client cannot stall the others.
/// </summary>
public sealed class CacheWatcher
{
    /// <summary>Events a watcher may fall behind by before it is ended.</summary>
    public const int DefaultCapacity = 1024;

    private readonly Channel<WatchItem> _channel;
    private readonly string _namespace;
    private readonly ListOptions _options;
    private readonly Action<CacheWatcher> _onClosed;
    private int _closed;

    internal CacheWatcher(string ns, ListOptions options, IReadOnlyList<WatchItem> initial, int capacity, Action<CacheWatcher> onClosed)
    {
        _namespace = ns;
        _options = options;
        Initial = initial;
        _onClosed = onClosed;
        _channel = Channel.CreateBounded<WatchItem>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>The events to deliver first: the initial ADDED events or the replayed history.</summary>
    public IReadOnlyList<WatchItem> Initial { get; }

    public bool AllowBookmarks => _options.AllowWatchBookmarks;

    /// <summary>Why the watcher ended, when the cache ended it.</summary>
    public string? TerminationReason { get; private set; }

    /// <summary>Initial events, then live ones, until the watcher is stopped or the cache ends it.</summary>
    public async IAsyncEnumerable<WatchItem> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in Initial)
        {
            yield return item;
        }

        await foreach (var item in _channel.Reader.ReadAllAsync(cancellationToken))
        {
            yield return item;
        }
    }

    /// <summary>Whether an object passes the namespace and selectors.</summary>
    public bool Matches(CachedObject? obj) =>
        obj is not null
        && (_namespace.Length == 0 || obj.Namespace == _namespace)
        && _options.LabelSelector.Matches(obj.Labels)
        && _options.FieldSelector.Matches(obj.Fields);

    /// <summary>Offers one change; called by the cache's single dispatcher. Never blocks.</summary>
    internal void Offer(CacheEvent change)
    {
        var currentMatches = Matches(change.Current);
        var previousMatches = Matches(change.Previous);
        WatchItem item;
        if (currentMatches)
        {
            item = new WatchItem(previousMatches ? WatchEventTypes.Modified : WatchEventTypes.Added, change.Current, change.ResourceVersion);
        }
        else if (previousMatches)
        {
            item = new WatchItem(WatchEventTypes.Deleted, change.PrevAtEventVersion, change.ResourceVersion);
        }
        else
        {
            return;
        }

        Write(item);
    }

    internal void OfferBookmark(long resourceVersion)
    {
        if (AllowBookmarks)
        {
            Write(new WatchItem(WatchEventTypes.Bookmark, null, resourceVersion));
        }
    }

    /// <summary>Ends the watch; with an error, the client gets it as an ERROR event first.</summary>
    internal void Terminate(string reason, StatusError? error = null)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        TerminationReason = reason;
        if (error is not null)
        {
            _channel.Writer.TryWrite(new WatchItem(WatchEventTypes.Error, null, 0, error));
        }

        _channel.Writer.TryComplete();
    }

    /// <summary>The client went away: unregister.</summary>
    public void Stop()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            _channel.Writer.TryComplete();
        }

        _onClosed(this);
    }

    private void Write(WatchItem item)
    {
        if (Volatile.Read(ref _closed) != 0)
        {
            return;
        }

        if (!_channel.Writer.TryWrite(item))
        {
            // As upstream: "Forcing watcher close due to unresponsiveness". The client re-watches from its last version.
            Interlocked.Exchange(ref _closed, 1);
            TerminationReason = "too slow";
            _channel.Writer.TryComplete();
            _onClosed(this);
        }
    }
}
