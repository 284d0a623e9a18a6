using System.Collections.Concurrent;
using System.Text;
using KubeSharp.Storage.Internal;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Storage.Sqlite;

/// <summary>
/// The one thread that writes. It takes every request queued while the previous commit was in flight, applies
/// them in order in one transaction, commits once (one WAL fsync for the whole group), then publishes the
/// events to the watch log and completes the requests. Group size adapts to load with no added delay: a lone
/// writer commits alone, 256 concurrent writers share a commit.
/// </summary>
internal sealed partial class SqliteWriter : IDisposable
{
    private readonly BlockingCollection<WriteRequest> _queue = new(new ConcurrentQueue<WriteRequest>());
    private readonly SqliteConnection _connection;
    private readonly WatchLog _log;
    private readonly SqliteLeases _leases;
    private readonly SqliteCheckpointer _checkpointer;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly int _maxBatch;
    private readonly Thread _thread;
    private readonly SqliteCommand _readCurrent;
    private readonly SqliteCommand _insertKv;
    private readonly SqliteCommand _upsertCurrent;
    private readonly SqliteCommand _deleteCurrent;
    private readonly SqliteCommand _setMeta;
    private readonly SqliteCommand _leaseKeys;
    private long _revision;
    private long _compactRevision;
    private Exception? _failure;

    public SqliteWriter(SqliteConnection connection, SqliteCheckpointer checkpointer, WatchLog log, SqliteLeases leases, TimeProvider timeProvider, ILogger logger, int maxBatch)
    {
        _connection = connection;
        _checkpointer = checkpointer;
        _log = log;
        _leases = leases;
        _timeProvider = timeProvider;
        _logger = logger;
        _maxBatch = maxBatch;
        _revision = SqliteSchema.Scalar(connection, "SELECT value FROM meta WHERE name = 'revision';");
        _compactRevision = SqliteSchema.Scalar(connection, "SELECT value FROM meta WHERE name = 'compact_revision';");
        _readCurrent = Prepare("SELECT k.revision, k.create_revision, k.version, k.lease, k.value FROM current c JOIN kv k ON k.revision = c.revision WHERE c.key = $key;", "$key");
        _insertKv = Prepare("INSERT INTO kv (revision, key, create_revision, prev_revision, version, lease, value) VALUES ($revision, $key, $create, $prev, $version, $lease, $value);", "$revision", "$key", "$create", "$prev", "$version", "$lease", "$value");
        _upsertCurrent = Prepare("INSERT INTO current (key, revision, lease) VALUES ($key, $revision, $lease) ON CONFLICT (key) DO UPDATE SET revision = excluded.revision, lease = excluded.lease;", "$key", "$revision", "$lease");
        _deleteCurrent = Prepare("DELETE FROM current WHERE key = $key;", "$key");
        _setMeta = Prepare("UPDATE meta SET value = $value WHERE name = $name;", "$value", "$name");
        _leaseKeys = Prepare("SELECT key FROM current WHERE lease = $lease ORDER BY key;", "$lease");
        _thread = new Thread(Run) { IsBackground = true, Name = "kubesharp-storage-writer" };
        _thread.Start();
    }

    /// <summary>The latest committed revision (it may be ahead of what watches have been shown for a moment).</summary>
    public long Revision => Interlocked.Read(ref _revision);

    public long CompactRevision => Interlocked.Read(ref _compactRevision);

    /// <summary>Queues a request; its task completes after the commit that carries it.</summary>
    public Task<WriteOutcome> Submit(WriteRequest request)
    {
        if (Volatile.Read(ref _failure) is { } failure)
        {
            return Task.FromException<WriteOutcome>(new StorageUnavailableException("storage failed; restart to recover", failure));
        }

        try
        {
            _queue.Add(request);
        }
        catch (InvalidOperationException)
        {
            return Task.FromException<WriteOutcome>(new StorageUnavailableException("storage closed"));
        }

        return request.Completion.Task;
    }

    /// <summary>Stops taking requests, lets the queued ones commit, and waits for the thread.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        _thread.Join();
        foreach (var command in new[] { _readCurrent, _insertKv, _upsertCurrent, _deleteCurrent, _setMeta, _leaseKeys })
        {
            command.Dispose();
        }

        _queue.Dispose();
    }

    private void Run()
    {
        var batch = new List<WriteRequest>(_maxBatch);
        while (_queue.TryTake(out var first, Timeout.Infinite))
        {
            WriteRequest? maintenance = null;
            if (first.IsMaintenance)
            {
                maintenance = first;
            }
            else
            {
                batch.Add(first);
                while (batch.Count < _maxBatch && _queue.TryTake(out var next))
                {
                    if (next.IsMaintenance)
                    {
                        maintenance = next;
                        break;
                    }

                    batch.Add(next);
                }
            }

            if (Volatile.Read(ref _failure) is { } failure)
            {
                FailAll(batch, failure);
                if (maintenance is not null)
                {
                    FailAll([maintenance], failure);
                }

                batch.Clear();
                continue;
            }

            if (batch.Count > 0)
            {
                CommitBatch(batch);
                batch.Clear();
            }

            if (maintenance is not null && Volatile.Read(ref _failure) is null)
            {
                RunMaintenance(maintenance);
            }
        }
    }

    private void CommitBatch(List<WriteRequest> batch)
    {
        var revision = _revision;
        var compactRevision = _compactRevision;
        var events = new List<WatchEvent>(batch.Count);
        try
        {
            using (var transaction = _connection.BeginTransaction())
            {
                Bind(transaction);
                foreach (var request in batch)
                {
                    Apply(request, ref revision, ref compactRevision, events);
                }

                if (revision != _revision)
                {
                    SetMeta(SqliteSchema.Revision, revision);
                }

                transaction.Commit();
            }
        }
        catch (Exception exception)
        {
            // The outcome of a failed commit (a failed fsync above all) is unknown: refuse all further work
            // rather than guess, as etcd stops on a backend error. A restart recovers from the WAL.
            Fail(exception);
            FailAll(batch, exception);
            return;
        }

        Interlocked.Exchange(ref _revision, revision);
        Interlocked.Exchange(ref _compactRevision, compactRevision);
        _checkpointer.Committed();
        foreach (var watchEvent in events)
        {
            _log.Append(watchEvent);
        }

        _log.Publish(revision);
        foreach (var request in batch)
        {
            if (request.Error is { } error)
            {
                request.Completion.TrySetException(error);
            }
            else
            {
                request.Completion.TrySetResult(request.Outcome);
            }
        }
    }

    private void Apply(WriteRequest request, ref long revision, ref long compactRevision, List<WatchEvent> events)
    {
        switch (request.Kind)
        {
            case WriteKind.Create:
            case WriteKind.Update:
            case WriteKind.Put:
                ApplyPut(request, ref revision, events);
                break;
            case WriteKind.Delete:
                ApplyDelete(request, ref revision, events);
                break;
            case WriteKind.GrantLease:
                ApplyGrant(request);
                break;
            case WriteKind.RevokeLease:
                ApplyRevoke(request, ref revision, events);
                break;
            case WriteKind.CompactStart:
                ApplyCompactStart(request, revision, ref compactRevision);
                break;
            default:
                throw new InvalidOperationException($"{request.Kind} cannot be batched");
        }
    }

    private void ApplyPut(WriteRequest request, ref long revision, List<WatchEvent> events)
    {
        var current = ReadCurrent(request.Key, request.KeyBytes);
        switch (request.Kind)
        {
            case WriteKind.Create when current is not null:
                request.Error = new KeyExistsException(request.Key, current);
                return;
            case WriteKind.Update when current is null:
                request.Error = new NotFoundException(request.Key);
                return;
            case WriteKind.Update when current.ModRevision != request.Expected:
                request.Error = new ConflictException(request.Key, request.Expected, current);
                return;
        }

        if (request.Lease != 0 && !_leases.Contains(request.Lease))
        {
            request.Error = new LeaseNotFoundException(request.Lease);
            return;
        }

        var next = revision + 1;
        var kv = new KeyValue(request.Key, request.Value, current?.CreateRevision ?? next, next, (current?.Version ?? 0) + 1, request.Lease);
        InsertKv(request.KeyBytes, kv, current?.ModRevision ?? 0, request.Value);
        _upsertCurrent.Parameters[0].Value = request.KeyBytes;
        _upsertCurrent.Parameters[1].Value = next;
        _upsertCurrent.Parameters[2].Value = request.Lease;
        _upsertCurrent.ExecuteNonQuery();
        revision = next;
        events.Add(new WatchEvent(WatchEventType.Put, kv, current));
        request.Outcome = new WriteOutcome(kv, current, next);
    }

    private void ApplyDelete(WriteRequest request, ref long revision, List<WatchEvent> events)
    {
        var current = ReadCurrent(request.Key, request.KeyBytes);
        if (current is null)
        {
            request.Error = new NotFoundException(request.Key);
            return;
        }

        if (request.Expected != 0 && current.ModRevision != request.Expected)
        {
            request.Error = new ConflictException(request.Key, request.Expected, current);
            return;
        }

        var tombstone = DeleteKey(request.KeyBytes, current, ref revision, events);
        request.Outcome = new WriteOutcome(tombstone, current, tombstone.ModRevision);
    }

    private KeyValue DeleteKey(byte[] keyBytes, KeyValue current, ref long revision, List<WatchEvent> events)
    {
        var next = revision + 1;
        var tombstone = new KeyValue(current.Key, ReadOnlyMemory<byte>.Empty, 0, next, 0, 0);
        InsertKv(keyBytes, tombstone, current.ModRevision, null);
        _deleteCurrent.Parameters[0].Value = keyBytes;
        _deleteCurrent.ExecuteNonQuery();
        revision = next;
        events.Add(new WatchEvent(WatchEventType.Delete, tombstone, current));
        return tombstone;
    }

    private void ApplyGrant(WriteRequest request)
    {
        long id;
        do
        {
            // As etcd: random positive IDs, so an ID is never reused for a different lease.
            id = Random.Shared.NextInt64(1, long.MaxValue);
        }
        while (_leases.Contains(id));

        using (var command = _connection.CreateCommand())
        {
            command.Transaction = _readCurrent.Transaction;
            command.CommandText = "INSERT INTO lease (id, ttl_seconds) VALUES ($id, $ttl);";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$ttl", request.Lease);
            command.ExecuteNonQuery();
        }

        _leases.Add(id, request.Lease, _timeProvider.GetUtcNow());
        request.Outcome = new WriteOutcome(null, null, id);
    }

    private void ApplyRevoke(WriteRequest request, ref long revision, List<WatchEvent> events)
    {
        var id = request.Expected;
        if (!_leases.Contains(id))
        {
            request.Error = new LeaseNotFoundException(id);
            return;
        }

        var keys = new List<byte[]>();
        _leaseKeys.Parameters[0].Value = id;
        using (var reader = _leaseKeys.ExecuteReader())
        {
            while (reader.Read())
            {
                keys.Add(reader.GetFieldValue<byte[]>(0));
            }
        }

        foreach (var keyBytes in keys)
        {
            var key = Encoding.UTF8.GetString(keyBytes);
            if (ReadCurrent(key, keyBytes) is { } current)
            {
                DeleteKey(keyBytes, current, ref revision, events);
            }
        }

        using (var command = _connection.CreateCommand())
        {
            command.Transaction = _readCurrent.Transaction;
            command.CommandText = "DELETE FROM lease WHERE id = $id;";
            command.Parameters.AddWithValue("$id", id);
            command.ExecuteNonQuery();
        }

        _leases.Remove(id);
        request.Outcome = new WriteOutcome(null, null, keys.Count);
    }

    private void ApplyCompactStart(WriteRequest request, long revision, ref long compactRevision)
    {
        // As etcd's mvcc Compact: at or below the compacted revision is ErrCompacted, past the current ErrFutureRev.
        if (request.Expected <= compactRevision)
        {
            request.Error = new CompactedException(request.Expected, compactRevision);
            return;
        }

        if (request.Expected > revision)
        {
            request.Error = new FutureRevisionException(request.Expected, revision);
            return;
        }

        SetMeta(SqliteSchema.CompactRevision, request.Expected);
        compactRevision = request.Expected;
        request.Outcome = new WriteOutcome(null, null, request.Expected);
    }

    private KeyValue? ReadCurrent(string key, byte[] keyBytes)
    {
        _readCurrent.Parameters[0].Value = keyBytes;
        using var reader = _readCurrent.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new KeyValue(
            key,
            reader.IsDBNull(4) ? ReadOnlyMemory<byte>.Empty : reader.GetFieldValue<byte[]>(4),
            reader.GetInt64(1),
            reader.GetInt64(0),
            reader.GetInt64(2),
            reader.GetInt64(3));
    }

    private void InsertKv(byte[] keyBytes, KeyValue kv, long prevRevision, byte[]? value)
    {
        var parameters = _insertKv.Parameters;
        parameters[0].Value = kv.ModRevision;
        parameters[1].Value = keyBytes;
        parameters[2].Value = kv.CreateRevision;
        parameters[3].Value = prevRevision;
        parameters[4].Value = kv.Version;
        parameters[5].Value = kv.Lease;
        parameters[6].Value = (object?)value ?? DBNull.Value;
        _insertKv.ExecuteNonQuery();
    }

    private void SetMeta(string name, long value)
    {
        _setMeta.Parameters[0].Value = value;
        _setMeta.Parameters[1].Value = name;
        _setMeta.ExecuteNonQuery();
    }

    private void Bind(SqliteTransaction transaction)
    {
        _readCurrent.Transaction = transaction;
        _insertKv.Transaction = transaction;
        _upsertCurrent.Transaction = transaction;
        _deleteCurrent.Transaction = transaction;
        _setMeta.Transaction = transaction;
        _leaseKeys.Transaction = transaction;
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private void Fail(Exception exception)
    {
        if (Interlocked.CompareExchange(ref _failure, exception, null) is null)
        {
            LogFailed(_logger, exception);
            _log.Close(exception);
        }
    }

    private static void FailAll(IEnumerable<WriteRequest> requests, Exception failure)
    {
        foreach (var request in requests)
        {
            request.Completion.TrySetException(new StorageUnavailableException("storage failed; restart to recover", failure));
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "storage writer failed; refusing further writes until restart")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
