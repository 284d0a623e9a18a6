using KubeSharp.Api;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Client.Flowcontrol;
using KubeSharp.Machinery.Errors;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Client.Informers;

/// <summary>
/// Keeps a store in step with the server (upstream's <c>cache.Reflector</c>): list, <see cref="IStore{T}.Replace"/>
/// with the result, then watch from the list's resourceVersion with bookmarks, applying each event and remembering
/// the last resourceVersion seen. A watch that ends is resumed from there; one that fails with 410 (the version
/// was compacted away) makes it list again, and the store's Replace turns whatever vanished meanwhile into
/// deletions. Failures back off 800 ms → 30 s. Optionally asks the store to resync every resync period.
/// </summary>
public sealed partial class Reflector<T>
    where T : KubeObject
{
    /// <summary>Upstream's page size for the initial list.</summary>
    public const int ListPageSize = 500;

    /// <summary>Watches ask the server to end them after 5–10 minutes (random), so load spreads over servers.</summary>
    public static readonly TimeSpan MinWatchTimeout = TimeSpan.FromMinutes(5);

    private readonly string _name;
    private readonly IListerWatcher<T> _listerWatcher;
    private readonly IStore<T> _store;
    private readonly TimeSpan _resyncPeriod;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ExponentialBackoff _backoff;
    private readonly Lock _lock = new();
    private string _lastSyncResourceVersion = "";
    private bool _lastSyncResourceVersionUnavailable;
    private bool _paginatedResult;

    public Reflector(string name, IListerWatcher<T> listerWatcher, IStore<T> store, TimeSpan resyncPeriod, TimeProvider time, ILogger logger)
    {
        _name = name;
        _listerWatcher = listerWatcher;
        _store = store;
        _resyncPeriod = resyncPeriod;
        _time = time;
        _logger = logger;
        _backoff = ExponentialBackoff.ForReflector(time);
    }

    /// <summary>Asked before each periodic resync; null means always resync (upstream's ShouldResync).</summary>
    public Func<bool>? ShouldResync { get; set; }

    /// <summary>Called with every list or watch failure before backing off (upstream's WatchErrorHandler).</summary>
    public Action<Exception>? WatchErrorHandler { get; set; }

    /// <summary>Label and field selectors (or other options) applied to every list and watch.</summary>
    public Action<ListOptions>? TweakListOptions { get; set; }

    /// <summary>The resourceVersion the store reflects: the last list's, or the last watch event's.</summary>
    public string LastSyncResourceVersion
    {
        get
        {
            lock (_lock)
            {
                return _lastSyncResourceVersion;
            }
        }
    }

    /// <summary>Lists and watches until cancelled, backing off after each failure.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        LogStarting(_name);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await ListAndWatchAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                LogListAndWatchFailed(error, _name);
                WatchErrorHandler?.Invoke(error);
            }

            try
            {
                await _backoff.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        LogStopping(_name);
    }

    /// <summary>
    /// One list followed by watches, until a watch fails in a way that needs a new list (returns) or anything
    /// else fails (throws).
    /// </summary>
    public async Task ListAndWatchAsync(CancellationToken cancellationToken)
    {
        await ListAsync(cancellationToken).ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var resync = _resyncPeriod > TimeSpan.Zero ? ResyncLoopAsync(stop.Token) : Task.CompletedTask;
        try
        {
            await WatchLoopAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await resync.ConfigureAwait(false);
        }
    }

    private async Task ListAsync(CancellationToken cancellationToken)
    {
        var resourceVersion = RelistResourceVersion();
        KubeList<T> list;
        List<T> items;
        try
        {
            (list, items) = await ListAllPagesAsync(resourceVersion, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException error) when (IsExpired(error) && resourceVersion.Length > 0)
        {
            // The version we asked for is gone: fall back to a consistent read of the newest state.
            lock (_lock)
            {
                _lastSyncResourceVersionUnavailable = true;
            }

            LogRelistFromNewest(_name, resourceVersion);
            (list, items) = await ListAllPagesAsync("", cancellationToken).ConfigureAwait(false);
        }

        var listResourceVersion = list.Metadata.ResourceVersion ?? "";
        _store.Replace(items, listResourceVersion);
        lock (_lock)
        {
            _lastSyncResourceVersion = listResourceVersion;
            _lastSyncResourceVersionUnavailable = false;
        }

        LogListed(_name, items.Count, listResourceVersion);
    }

    /// <summary>Lists in pages of 500, following continue tokens (upstream's ListPager); a page that expired restarts without paging.</summary>
    private async Task<(KubeList<T> Last, List<T> Items)> ListAllPagesAsync(string resourceVersion, CancellationToken cancellationToken)
    {
        // As upstream: a list from a specific version can be served from the watch cache, so it is not paged
        // unless the server paged before.
        long? limit = _paginatedResult || resourceVersion.Length == 0 || resourceVersion == "0" ? ListPageSize : null;
        var items = new List<T>();
        var options = NewOptions(resourceVersion);
        options.Limit = limit;
        while (true)
        {
            KubeList<T> page;
            try
            {
                page = await _listerWatcher.ListAsync(options, cancellationToken).ConfigureAwait(false);
            }
            catch (ApiException error) when (IsExpired(error) && !string.IsNullOrEmpty(options.Continue))
            {
                // The continue token expired part-way: list everything in one go, as the pager's full-list fallback.
                items.Clear();
                options = NewOptions(resourceVersion);
                page = await _listerWatcher.ListAsync(options, cancellationToken).ConfigureAwait(false);
                items.AddRange(page.Items);
                return (page, items);
            }

            items.AddRange(page.Items);
            if (string.IsNullOrEmpty(page.Metadata.Continue))
            {
                return (page, items);
            }

            _paginatedResult = true;
            options = NewOptions("");
            options.Limit = limit;
            options.Continue = page.Metadata.Continue;
        }
    }

    private async Task WatchLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var options = NewOptions(LastSyncResourceVersion);
            options.AllowWatchBookmarks = true;
            options.TimeoutSeconds = (long)(MinWatchTimeout.TotalSeconds * (Random.Shared.NextDouble() + 1.0));
            try
            {
                await WatchHandlerAsync(options, cancellationToken).ConfigureAwait(false);
            }
            catch (ApiException error) when (IsExpired(error))
            {
                // Upstream logs this at info: normal after a long disconnect or a compaction. List again.
                LogWatchExpired(_name, error.Message);
                return;
            }
            catch (ApiException error) when (ApiErrors.IsTooManyRequests(error) || error.Code == 503)
            {
                // The server is shedding load; keep the cache and watch again after backing off.
                LogWatchRetry(_name, error.Message);
                await _backoff.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException error) when (error.HttpRequestError == HttpRequestError.ConnectionError)
            {
                // Connection refused: the server is restarting. Watch again from where we were.
                LogWatchRetry(_name, error.Message);
                await _backoff.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task WatchHandlerAsync(ListOptions options, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var events = 0;
        await foreach (var item in _listerWatcher.WatchAsync(options, cancellationToken).ConfigureAwait(false))
        {
            if (item.Type == WatchEventType.Error)
            {
                throw new ApiException(item.Status ?? new Status { Code = 500, Message = "watch error without a status", Reason = StatusReason.InternalError });
            }

            if (item.Object is not { } obj)
            {
                throw new InvalidOperationException($"{_name}: {item.Type} event without an object");
            }

            switch (item.Type)
            {
                case WatchEventType.Added:
                    _store.Add(obj);
                    break;
                case WatchEventType.Modified:
                    _store.Update(obj);
                    break;
                case WatchEventType.Deleted:
                    _store.Delete(obj);
                    break;
                case WatchEventType.Bookmark:
                    // Nothing changed; the server only tells us how far we are.
                    break;
                default:
                    throw new InvalidOperationException($"{_name}: unknown watch event type {item.Type}");
            }

            if (obj.Metadata.ResourceVersion is { Length: > 0 } resourceVersion)
            {
                lock (_lock)
                {
                    _lastSyncResourceVersion = resourceVersion;
                }
            }

            events++;
        }

        // A watch that closes at once without events means something is wrong (upstream's "very short watch").
        if (events == 0 && _time.GetElapsedTime(started) < TimeSpan.FromSeconds(1) && !cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException($"{_name}: very short watch: unexpected watch close - watch lasted less than a second and no items received");
        }
    }

    private async Task ResyncLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(_resyncPeriod, _time, cancellationToken).ConfigureAwait(false);
                if (ShouldResync?.Invoke() ?? true)
                {
                    _store.Resync();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>
    /// The version to list from: "0" at first (any cached state will do), then the last one synced (so the cache
    /// never goes back in time), or "" (newest, from storage) when that version turned out to be gone.
    /// </summary>
    private string RelistResourceVersion()
    {
        lock (_lock)
        {
            if (_lastSyncResourceVersionUnavailable)
            {
                return "";
            }

            return _lastSyncResourceVersion.Length == 0 ? "0" : _lastSyncResourceVersion;
        }
    }

    private ListOptions NewOptions(string resourceVersion)
    {
        var options = new ListOptions { ResourceVersion = resourceVersion.Length == 0 ? null : resourceVersion };
        TweakListOptions?.Invoke(options);
        return options;
    }

    private static bool IsExpired(ApiException error) => ApiErrors.IsResourceExpired(error) || ApiErrors.IsGone(error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Starting reflector {Name}")]
    private partial void LogStarting(string name);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stopping reflector {Name}")]
    private partial void LogStopping(string name);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Name}: listed {Count} objects at resourceVersion {ResourceVersion}")]
    private partial void LogListed(string name, int count, string resourceVersion);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Name}: resourceVersion {ResourceVersion} is too old; listing the newest state")]
    private partial void LogRelistFromNewest(string name, string resourceVersion);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Name}: watch closed with: {Reason}")]
    private partial void LogWatchExpired(string name, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Name}: watch failed, retrying: {Reason}")]
    private partial void LogWatchRetry(string name, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Name}: failed to list and watch")]
    private partial void LogListAndWatchFailed(Exception error, string name);
}
