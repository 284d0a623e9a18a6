namespace KubeSharp.Storage.Sqlite;

internal sealed partial class SqliteWriter
{
    /// <summary>
    /// Compaction removes, for revisions in one chunk, the rows those revisions superseded (found through
    /// <c>prev_revision</c>, so the work is proportional to the chunk, not to the table) and the chunk's
    /// tombstones. What is left at or below the compact revision is exactly each key's latest live version,
    /// as etcd's keyIndex.compact keeps. Chunks run in their own short transactions between write batches.
    /// </summary>
    private const string CompactChunkSql = """
        DELETE FROM kv WHERE revision IN (
            SELECT prev_revision FROM kv WHERE revision > $from AND revision <= $to AND prev_revision > 0);
        DELETE FROM kv WHERE revision > $from AND revision <= $to AND version = 0;
        UPDATE meta SET value = $to WHERE name = 'compact_finished';
        """;

    private void RunMaintenance(WriteRequest request)
    {
        try
        {
            long result;
            if (request.Kind == WriteKind.CompactChunk)
            {
                using var transaction = _connection.BeginTransaction();
                using var command = _connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = CompactChunkSql;
                command.Parameters.AddWithValue("$from", request.Expected);
                command.Parameters.AddWithValue("$to", request.Lease);
                result = command.ExecuteNonQuery();
                transaction.Commit();
            }
            else
            {
                using var command = _connection.CreateCommand();
                command.CommandText = $"PRAGMA incremental_vacuum({request.Expected});";
                command.ExecuteNonQuery();
                result = request.Expected;
            }

            request.Completion.TrySetResult(new WriteOutcome(null, null, result));
        }
        catch (Exception exception)
        {
            Fail(exception);
            FailAll([request], exception);
        }
    }
}
