using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Registry.Generic;
using KubeSharp.Storage;
using Microsoft.Extensions.Logging;

namespace KubeSharp.ApiServer.WatchCache;

public sealed partial class Cacher
{
    /// <summary>
    /// Lists, then watches from the list's revision, applying every event to the cache and dispatching it to the
    /// watchers. When the watch fails (history compacted, datastore restarted) it lists again; the watchers of
    /// the old generation are ended so their clients re-list too, as upstream's reflector-driven cacher does.
    /// </summary>
    private async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var revision = await ListIntoCacheAsync(stopping);
                var options = new WatchOptions(_store.Prefix) { Prefix = true, StartRevision = revision + 1, PrevKv = true, ProgressNotify = true };
                await foreach (var response in _storage.WatchAsync(options, stopping))
                {
                    Apply(response);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                LogWatchFailed(error, _store.Prefix);
                EndAllWatchers("the watch cache is re-synchronizing");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), _time, stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<long> ListIntoCacheAsync(CancellationToken stopping)
    {
        var items = new SortedDictionary<string, CachedObject>(StringComparer.Ordinal);
        var options = new RangeOptions(_store.Prefix) { Limit = 1000 };
        long revision;
        while (true)
        {
            var page = await _storage.RangeAsync(options, stopping);
            foreach (var kv in page.Kvs)
            {
                items[kv.Key] = ToCached(kv);
            }

            revision = page.Revision;
            if (!page.More)
            {
                break;
            }

            options = options with { StartKey = page.Kvs[^1].Key + "\0", Revision = page.Revision };
        }

        lock (_lock)
        {
            _items = items;
            _resourceVersion = revision;
            _historyFloor = revision;
            _historyStart = 0;
            _historyCount = 0;
            Array.Clear(_history);
            SignalProgress();
        }

        _ready.TrySetResult();
        LogSynced(_store.Prefix, items.Count, revision);
        return revision;
    }

    private void Apply(WatchResponse response)
    {
        lock (_lock)
        {
            foreach (var change in response.Events)
            {
                CacheEvent cacheEvent;
                _items.TryGetValue(change.Kv.Key, out var previous);
                if (change.Type == KubeSharp.Storage.WatchEventType.Delete)
                {
                    _items.Remove(change.Kv.Key);
                    cacheEvent = new CacheEvent(change.Revision, null, previous ?? (change.PrevKv is { } prev ? ToCached(prev) : null));
                }
                else
                {
                    var current = ToCached(change.Kv);
                    _items[change.Kv.Key] = current;
                    cacheEvent = new CacheEvent(change.Revision, current, previous);
                }

                AppendHistory(cacheEvent);
                foreach (var watcher in _watchers.ToArray())
                {
                    watcher.Offer(cacheEvent);
                }
            }

            _resourceVersion = Math.Max(_resourceVersion, response.Revision);
            if (response.IsProgressNotify)
            {
                foreach (var watcher in _watchers.ToArray())
                {
                    watcher.OfferBookmark(_resourceVersion);
                }
            }

            SignalProgress();
        }
    }

    private void AppendHistory(CacheEvent change)
    {
        if (_historyCount < _historyCapacity)
        {
            _history[(_historyStart + _historyCount) % _historyCapacity] = change;
            _historyCount++;
        }
        else
        {
            _historyFloor = _history[_historyStart]!.ResourceVersion;
            _history[_historyStart] = change;
            _historyStart = (_historyStart + 1) % _historyCapacity;
        }
    }

    private void SignalProgress()
    {
        var signalled = _progress;
        _progress = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        signalled.TrySetResult();
    }

    private void EndAllWatchers(string reason)
    {
        lock (_lock)
        {
            foreach (var watcher in _watchers.ToArray())
            {
                watcher.Terminate(reason);
            }

            _watchers.Clear();
        }
    }

    private CachedObject ToCached(KeyValue kv)
    {
        var obj = ObjectCodec.Decode(kv);
        var json = JsonSerializer.SerializeToUtf8Bytes<JsonNode>(obj);
        return new CachedObject(
            kv.Key,
            ObjectMetadata.Namespace(obj),
            ObjectMetadata.Name(obj),
            kv.ModRevision,
            json,
            ObjectMetadata.Labels(obj),
            _store.Strategy.SelectableFields(obj));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watch cache for {Prefix} lost its datastore watch; re-listing")]
    private partial void LogWatchFailed(Exception error, string prefix);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Watch cache for {Prefix} synced {Count} objects at revision {Revision}")]
    private partial void LogSynced(string prefix, int count, long revision);
}
