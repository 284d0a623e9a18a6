namespace KubeSharp.Storage.Internal;

/// <summary>A backend's durable history, read by watches that are behind the in-memory <see cref="WatchLog"/>.</summary>
internal interface IWatchHistory
{
    /// <summary>The revision at and below which history is gone.</summary>
    long CompactRevision { get; }

    /// <summary>
    /// Events with revisions in [<paramref name="from"/>, <paramref name="to"/>] on the watched key or prefix,
    /// at most <paramref name="limit"/>, with their previous versions. Throws <see cref="CompactedException"/>
    /// when <paramref name="from"/> is at or below the compacted revision.
    /// </summary>
    ValueTask<HistoryPage> ReadAsync(long from, long to, string key, bool prefix, int limit, CancellationToken cancellationToken);
}
