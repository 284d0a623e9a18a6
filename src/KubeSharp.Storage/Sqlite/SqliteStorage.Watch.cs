using System.Text;
using KubeSharp.Storage.Internal;

namespace KubeSharp.Storage.Sqlite;

public sealed partial class SqliteStorage
{
    private const string HistorySelect =
        "SELECT k.revision, k.key, k.create_revision, k.version, k.lease, k.value, p.revision, p.create_revision, p.version, p.lease, p.value "
        + "FROM kv k LEFT JOIN kv p ON p.revision = k.prev_revision AND k.prev_revision > 0 "
        + "WHERE k.revision >= $from AND k.revision <= $to";

    long IWatchHistory.CompactRevision => _writer.CompactRevision;

    public IAsyncEnumerable<WatchResponse> WatchAsync(WatchOptions options, CancellationToken cancellationToken = default)
    {
        StorageValidation.Watch(options);
        ThrowIfDisposed();
        return WatchStream.RunAsync(_log, this, options, _timeProvider, _options.ProgressNotifyInterval, cancellationToken);
    }

    public Task RequestProgressAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        _log.RequestProgress();
        return Task.CompletedTask;
    }

    ValueTask<HistoryPage> IWatchHistory.ReadAsync(long from, long to, string key, bool prefix, int limit, CancellationToken cancellationToken)
    {
        var keyBytes = KeyOrder.ToBytes(key);
        byte[]? end = null;
        string filter;
        if (!prefix)
        {
            filter = " AND k.key = $start";
        }
        else if (key.Length == 0)
        {
            filter = "";
        }
        else
        {
            end = KeyOrder.PrefixEnd(keyBytes);
            filter = end is null ? " AND k.key >= $start" : " AND k.key >= $start AND k.key < $end";
        }

        return ValueTask.FromResult(Read((reader, transaction) =>
        {
            // Checked in the same snapshot as the rows: rows above the compact revision are never removed.
            var compacted = Revisions(reader, transaction).CompactRevision;
            if (from <= compacted)
            {
                throw new CompactedException(from, compacted);
            }

            var command = reader.Command(HistorySelect + filter + " ORDER BY k.revision LIMIT $limit;", transaction);
            command.Parameters.AddWithValue("$from", from);
            command.Parameters.AddWithValue("$to", to);
            command.Parameters.AddWithValue("$limit", limit);
            if (filter.Length > 0)
            {
                Bind(command, keyBytes, end);
            }

            var events = new List<WatchEvent>();
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                var rowKey = Encoding.UTF8.GetString(rows.GetFieldValue<byte[]>(1));
                var revision = rows.GetInt64(0);
                var version = rows.GetInt64(3);
                var prevKv = rows.IsDBNull(6) ? null : ReadKv(rows, rowKey, revisionColumn: 6);
                var kv = version == 0
                    ? new KeyValue(rowKey, ReadOnlyMemory<byte>.Empty, 0, revision, 0, 0)
                    : new KeyValue(rowKey, rows.IsDBNull(5) ? ReadOnlyMemory<byte>.Empty : rows.GetFieldValue<byte[]>(5), rows.GetInt64(2), revision, version, rows.GetInt64(4));
                events.Add(new WatchEvent(version == 0 ? WatchEventType.Delete : WatchEventType.Put, kv, prevKv));
            }

            return new HistoryPage(events, events.Count == limit ? events[^1].Revision : to);
        }));
    }
}
