using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Storage.Sqlite;

/// <summary>
/// Copies the WAL back into the database file on its own thread and connection. SQLite's automatic checkpoint
/// runs inside the committing thread, so every few hundred commits one writer would wait for a page copy and
/// an fsync of the database file; here the writer only signals after commits, and a passive checkpoint runs
/// beside it (WAL checkpoints never block writers) once the WAL passes <see cref="ThresholdBytes"/>.
/// </summary>
internal sealed partial class SqliteCheckpointer : IDisposable
{
    /// <summary>About SQLite's default of 1,000 pages.</summary>
    public const long ThresholdBytes = 4 * 1024 * 1024;

    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly string _walPath;
    private readonly SqliteConnection _connection;
    private readonly ILogger _logger;
    private readonly Thread _thread;
    private volatile bool _stopping;
    private TaskCompletionSource? _truncate;

    public SqliteCheckpointer(string path, ILogger logger)
    {
        _walPath = path + "-wal";
        _logger = logger;
        _connection = new SqliteConnection(SqliteSchema.ConnectionString(path, readOnly: false));
        _connection.Open();
        SqliteSchema.Execute(_connection, "PRAGMA busy_timeout = 30000;");
        _thread = new Thread(Run) { IsBackground = true, Name = "kubesharp-storage-checkpoint" };
        _thread.Start();
    }

    /// <summary>Called by the writer after a commit; cheap and never blocks.</summary>
    public void Committed()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled.
            }
        }
    }

    /// <summary>
    /// Checkpoints everything and truncates the WAL to zero bytes, e.g. after compaction freed space, so the
    /// files on disk shrink now. It waits briefly for the writer, so it is for occasional use only.
    /// </summary>
    public Task TruncateAsync()
    {
        var request = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pending = Interlocked.CompareExchange(ref _truncate, request, null);
        if (_stopping)
        {
            // Closing: the final checkpoint at close truncates anyway; never leave the caller waiting.
            Interlocked.Exchange(ref _truncate, null)?.TrySetResult();
            return Task.CompletedTask;
        }

        Committed();
        return (pending ?? request).Task;
    }

    public void Dispose()
    {
        _stopping = true;
        Committed();
        _thread.Join();
        Interlocked.Exchange(ref _truncate, null)?.TrySetResult();
        _connection.Dispose();
        _signal.Dispose();
    }

    private void Run()
    {
        while (true)
        {
            _signal.Wait();
            var truncate = Interlocked.Exchange(ref _truncate, null);
            if (_stopping)
            {
                truncate?.TrySetResult();
                return;
            }

            try
            {
                if (truncate is not null)
                {
                    SqliteSchema.Execute(_connection, "PRAGMA wal_checkpoint(TRUNCATE);");
                    truncate.TrySetResult();
                    continue;
                }

                var wal = new FileInfo(_walPath);
                if (wal.Exists && wal.Length >= ThresholdBytes)
                {
                    SqliteSchema.Execute(_connection, "PRAGMA wal_checkpoint(PASSIVE);");
                }
            }
            catch (SqliteException exception)
            {
                truncate?.TrySetResult();
                // A failed checkpoint loses nothing (the WAL keeps the data); the next signal tries again.
                LogCheckpointFailed(_logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WAL checkpoint failed; will retry")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}
