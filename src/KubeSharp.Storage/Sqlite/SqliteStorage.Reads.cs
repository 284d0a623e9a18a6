using System.Text;
using KubeSharp.Storage.Internal;
using Microsoft.Data.Sqlite;

namespace KubeSharp.Storage.Sqlite;

public sealed partial class SqliteStorage
{
    private const string RevisionsSql = "SELECT (SELECT value FROM meta WHERE name = 'revision'), (SELECT value FROM meta WHERE name = 'compact_revision');";

    private const string GetCurrentSql = "SELECT k.revision, k.create_revision, k.version, k.lease, k.value FROM current c JOIN kv k ON k.revision = c.revision WHERE c.key = $key;";

    private const string GetAtSql = "SELECT revision, create_revision, version, lease, value FROM kv WHERE key = $key AND revision <= $rev ORDER BY revision DESC LIMIT 1;";

    public Task<KeyValue?> GetAsync(string key, long revision = 0, CancellationToken cancellationToken = default)
    {
        StorageValidation.Key(key);
        ArgumentOutOfRangeException.ThrowIfNegative(revision);
        var keyBytes = KeyOrder.ToBytes(key);
        return Task.FromResult(Read((reader, transaction) =>
        {
            SqliteCommand command;
            if (revision == 0)
            {
                command = reader.Command(GetCurrentSql, transaction);
            }
            else
            {
                CheckRevision(reader, transaction, revision);
                command = reader.Command(GetAtSql, transaction);
                command.Parameters.AddWithValue("$rev", revision);
            }

            command.Parameters.AddWithValue("$key", keyBytes);
            using var rows = command.ExecuteReader();
            if (!rows.Read() || rows.GetInt64(2) == 0)
            {
                return null;
            }

            return ReadKv(rows, key, revisionColumn: 0);
        }));
    }

    public Task<RangeResult> RangeAsync(RangeOptions options, CancellationToken cancellationToken = default)
    {
        StorageValidation.Range(options);
        var start = KeyOrder.ToBytes(options.StartKey ?? options.Prefix);
        var end = KeyOrder.PrefixEnd(KeyOrder.ToBytes(options.Prefix));
        var endClause = end is null ? "" : " AND {0} < $end";
        return Task.FromResult(Read((reader, transaction) =>
        {
            var revision = options.Revision == 0
                ? Revisions(reader, transaction).Revision
                : CheckRevision(reader, transaction, options.Revision);
            var kvs = new List<KeyValue>();
            long count;
            if (options.Revision == 0)
            {
                var countCommand = reader.Command("SELECT COUNT(*) FROM current WHERE key >= $start" + string.Format(null, endClause, "key") + ";", transaction);
                Bind(countCommand, start, end);
                count = (long)countCommand.ExecuteScalar()!;
                if (!options.CountOnly)
                {
                    var command = reader.Command(
                        "SELECT c.key, k.revision, k.create_revision, k.version, k.lease, k.value FROM current c JOIN kv k ON k.revision = c.revision WHERE c.key >= $start"
                        + string.Format(null, endClause, "c.key") + " ORDER BY c.key LIMIT $limit;",
                        transaction);
                    Bind(command, start, end);
                    command.Parameters.AddWithValue("$limit", options.Limit == 0 ? -1 : options.Limit);
                    using var rows = command.ExecuteReader();
                    while (rows.Read())
                    {
                        kvs.Add(ReadKv(rows, Encoding.UTF8.GetString(rows.GetFieldValue<byte[]>(0)), revisionColumn: 1));
                    }
                }
            }
            else
            {
                // The latest row per key at the revision (SQLite takes bare columns from the MAX row), tombstones skipped.
                var command = reader.Command(
                    "SELECT key, MAX(revision), create_revision, version, lease, value FROM kv WHERE key >= $start"
                    + string.Format(null, endClause, "key") + " AND revision <= $rev GROUP BY key ORDER BY key;",
                    transaction);
                Bind(command, start, end);
                command.Parameters.AddWithValue("$rev", revision);
                count = 0;
                using var rows = command.ExecuteReader();
                while (rows.Read())
                {
                    if (rows.GetInt64(3) == 0)
                    {
                        continue;
                    }

                    count++;
                    if (!options.CountOnly && (options.Limit == 0 || kvs.Count < options.Limit))
                    {
                        kvs.Add(ReadKv(rows, Encoding.UTF8.GetString(rows.GetFieldValue<byte[]>(0)), revisionColumn: 1));
                    }
                }
            }

            return new RangeResult(kvs, !options.CountOnly && kvs.Count < count, count, revision);
        }));
    }

    /// <summary>Runs <paramref name="read"/> in one read transaction (one consistent snapshot) on a pooled connection.</summary>
    private T Read<T>(Func<SqliteReader, SqliteTransaction, T> read)
    {
        ThrowIfDisposed();
        var reader = _readers.Rent();
        try
        {
            using var transaction = reader.Connection.BeginTransaction(deferred: true);
            var result = read(reader, transaction);
            transaction.Commit();
            return result;
        }
        catch (SqliteException exception)
        {
            reader.Dispose();
            reader = null;
            throw new StorageUnavailableException($"storage read failed: {exception.Message}", exception);
        }
        finally
        {
            if (reader is not null)
            {
                _readers.Return(reader);
            }
        }
    }

    private static (long Revision, long CompactRevision) Revisions(SqliteReader reader, SqliteTransaction transaction)
    {
        using var rows = reader.Command(RevisionsSql, transaction).ExecuteReader();
        rows.Read();
        return (rows.GetInt64(0), rows.GetInt64(1));
    }

    /// <summary>etcd's checks for a read at a revision, against the snapshot being read.</summary>
    private static long CheckRevision(SqliteReader reader, SqliteTransaction transaction, long revision)
    {
        var (current, compacted) = Revisions(reader, transaction);
        if (revision > current)
        {
            throw new FutureRevisionException(revision, current);
        }

        if (revision < compacted)
        {
            throw new CompactedException(revision, compacted);
        }

        return revision;
    }

    private static long Pragma(SqliteReader reader, SqliteTransaction transaction, string name) =>
        (long)reader.Command($"PRAGMA {name};", transaction).ExecuteScalar()!;

    private static void Bind(SqliteCommand command, byte[] start, byte[]? end)
    {
        command.Parameters.AddWithValue("$start", start);
        if (end is not null)
        {
            command.Parameters.AddWithValue("$end", end);
        }
    }

    /// <summary>Reads revision, create_revision, version, lease, value from consecutive columns.</summary>
    private static KeyValue ReadKv(SqliteDataReader rows, string key, int revisionColumn) => new(
        key,
        rows.IsDBNull(revisionColumn + 4) ? ReadOnlyMemory<byte>.Empty : rows.GetFieldValue<byte[]>(revisionColumn + 4),
        rows.GetInt64(revisionColumn + 1),
        rows.GetInt64(revisionColumn),
        rows.GetInt64(revisionColumn + 2),
        rows.GetInt64(revisionColumn + 3));
}
