using KubeSharp.Storage.Internal;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Storage.Sqlite;

/// <summary>
/// The embedded datastore: etcd's MVCC semantics in one SQLite file (WAL, synchronous=FULL). Writes go through
/// one group-committing writer (<see cref="SqliteWriter"/>); reads use pooled read-only connections; watches are
/// fed from the writer's in-memory log and catch up from the history table. See docs/storage.md.
/// </summary>
public sealed partial class SqliteStorage : IStorage, IWatchHistory
{
    private readonly string _path;
    private readonly StorageOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SqliteConnection _connection;
    private readonly SqliteReaderPool _readers;
    private readonly SqliteLeases _leases;
    private readonly WatchLog _log;
    private readonly SqliteWriter _writer;
    private readonly SqliteCheckpointer _checkpointer;
    private readonly ITimer _leaseTimer;
    private readonly ITimer? _compactionTimer;
    private int _disposed;

    private SqliteStorage(string path, StorageOptions options, TimeProvider timeProvider, ILogger logger)
    {
        _path = path;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        _connection = SqliteSchema.OpenWriter(path);
        try
        {
            _leases = LoadLeases(_connection, timeProvider.GetUtcNow());
            var revision = SqliteSchema.Scalar(_connection, "SELECT value FROM meta WHERE name = 'revision';");
            _compactFinished = SqliteSchema.Scalar(_connection, "SELECT value FROM meta WHERE name = 'compact_finished';");
            _log = new WatchLog(options.WatchLogCapacity, revision);
            _readers = new SqliteReaderPool(path, Environment.ProcessorCount * 4);
            _checkpointer = new SqliteCheckpointer(path, logger);
            _writer = new SqliteWriter(_connection, _checkpointer, _log, _leases, timeProvider, logger, options.MaxBatchSize);
        }
        catch
        {
            _checkpointer?.Dispose();
            _connection.Dispose();
            throw;
        }

        _compactionPolicy = new CompactionPolicy(options, timeProvider);

        // As etcd's lessor: expired leases are looked for every 500 ms.
        _leaseTimer = timeProvider.CreateTimer(_ => ExpireLeases(), null, LeaseCheckInterval, LeaseCheckInterval);
        if (options.CompactionInterval > TimeSpan.Zero)
        {
            _compactionTimer = timeProvider.CreateTimer(_ => StartAutomaticCompaction(), null, options.CompactionInterval, options.CompactionInterval);
        }

        LogOpened(_logger, path, revision: _writer.Revision, _writer.CompactRevision);
        if (_compactFinished < _writer.CompactRevision)
        {
            // A compaction was interrupted (crash or shutdown): finish removing its history.
            _ = RunCompactionInBackgroundAsync(0);
        }
    }

    internal static TimeSpan LeaseCheckInterval { get; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/>.</summary>
    public static SqliteStorage Open(string path, StorageOptions? options = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new StorageOptions();
        options.Validate();
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var logger = (ILogger?)loggerFactory?.CreateLogger<SqliteStorage>() ?? NullLogger.Instance;
        return new SqliteStorage(path, options, timeProvider ?? TimeProvider.System, logger);
    }

    public Task<long> GetCurrentRevisionAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();

        // The published revision: every acknowledged write is at or below it, and every watch can reach it.
        return Task.FromResult(_log.Published);
    }

    public Task<StorageStatus> GetStatusAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Read((reader, transaction) =>
        {
            var pageSize = Pragma(reader, transaction, "page_size");
            var pages = Pragma(reader, transaction, "page_count");
            var free = Pragma(reader, transaction, "freelist_count");
            var wal = new FileInfo(_path + "-wal");
            var size = new FileInfo(_path).Length + (wal.Exists ? wal.Length : 0);
            return new StorageStatus(_log.Published, _writer.CompactRevision, size, (pages - free) * pageSize);
        }));

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _leaseTimer.DisposeAsync().ConfigureAwait(false);
        if (_compactionTimer is not null)
        {
            await _compactionTimer.DisposeAsync().ConfigureAwait(false);
        }

        // Queued writes still commit; compaction chunks after that fail and resume at the next open.
        _writer.Dispose();
        _checkpointer.Dispose();
        _log.Close(new ObjectDisposedException(nameof(SqliteStorage)));
        await _compactionGate.WaitAsync().ConfigureAwait(false);
        _readers.Dispose();
        try
        {
            SqliteSchema.Execute(_connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        }
        catch (SqliteException exception)
        {
            LogCheckpointFailed(_logger, exception);
        }

        _connection.Dispose();
        _compactionGate.Dispose();
        LogClosed(_logger, _path);
    }

    private static SqliteLeases LoadLeases(SqliteConnection connection, DateTimeOffset now)
    {
        var leases = new SqliteLeases();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, ttl_seconds FROM lease;";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            leases.Add(reader.GetInt64(0), reader.GetInt64(1), now);
        }

        return leases;
    }

    private void ThrowIfDisposed()
    {
        if (Volatile.Read(ref _disposed) == 1)
        {
            throw new StorageUnavailableException("storage closed");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "storage {Path} opened at revision {Revision} (compacted {CompactRevision})")]
    private static partial void LogOpened(ILogger logger, string path, long revision, long compactRevision);

    [LoggerMessage(Level = LogLevel.Information, Message = "storage {Path} closed")]
    private static partial void LogClosed(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "final WAL checkpoint failed; the WAL is replayed at the next open")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}
