using System.Runtime.CompilerServices;

namespace KubeSharp.Storage.Internal;

/// <summary>
/// One watch: reads the <see cref="WatchLog"/> from its own position, falls back to the backend's history
/// when it is behind the log, and sends progress notifications. Shared by every embedded backend.
/// </summary>
internal static class WatchStream
{
    /// <summary>Events per response at most, so one slow consumer never makes a huge batch.</summary>
    public const int MaxEventsPerResponse = 1000;

    public static async IAsyncEnumerable<WatchResponse> RunAsync(
        WatchLog log,
        IWatchHistory history,
        WatchOptions options,
        TimeProvider timeProvider,
        TimeSpan progressInterval,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // As etcd's watchableStore: a start revision at or below the compaction point is refused with the
        // compact revision, so the client knows to relist. (etcd allows start == compact revision, but a
        // tombstone at exactly that revision is already gone then; refusing it keeps "no gaps" true.)
        var next = options.StartRevision == 0 ? log.Published + 1 : options.StartRevision;
        var compacted = history.CompactRevision;
        if (options.StartRevision != 0 && next <= compacted)
        {
            throw new CompactedException(next, compacted);
        }

        var progressSeen = log.ProgressGeneration;
        var lastSent = timeProvider.GetTimestamp();
        var events = new List<WatchEvent>();
        while (true)
        {
            if (log.Closed is { } closed)
            {
                throw new StorageUnavailableException("storage closed; watch ended", closed);
            }

            // Take the signal before reading Published: a publish in between completes this very task.
            var signal = log.NextSignal();
            var published = log.Published;
            while (next <= published && events.Count < MaxEventsPerResponse)
            {
                var watchEvent = log.TryRead(next);
                if (watchEvent is null)
                {
                    // Behind the in-memory log: catch up from durable history instead of dropping the watch.
                    var page = await history.ReadAsync(next, published, options.Key, options.Prefix, MaxEventsPerResponse - events.Count, cancellationToken).ConfigureAwait(false);
                    foreach (var historic in page.Events)
                    {
                        events.Add(Project(historic, options.PrevKv));
                    }

                    next = page.ScannedTo + 1;
                    continue;
                }

                if (KeyOrder.Matches(watchEvent.Kv.Key, options.Key, options.Prefix))
                {
                    events.Add(Project(watchEvent, options.PrevKv));
                }

                next++;
            }

            if (events.Count > 0)
            {
                yield return new WatchResponse(events, next - 1);
                events = [];
                lastSent = timeProvider.GetTimestamp();
                continue;
            }

            // Caught up: a progress notification now promises every event up to next - 1 was delivered.
            var generation = log.ProgressGeneration;
            var idle = timeProvider.GetElapsedTime(lastSent);
            if (generation != progressSeen || (options.ProgressNotify && idle >= progressInterval))
            {
                progressSeen = generation;
                lastSent = timeProvider.GetTimestamp();
                yield return new WatchResponse([], next - 1);
                continue;
            }

            var timeout = options.ProgressNotify ? progressInterval - idle : Timeout.InfiniteTimeSpan;
            try
            {
                await signal.WaitAsync(timeout, timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Idle long enough for a progress notification; the loop sends it.
            }
        }
    }

    private static WatchEvent Project(WatchEvent watchEvent, bool prevKv) =>
        prevKv || watchEvent.PrevKv is null ? watchEvent : watchEvent with { PrevKv = null };
}
