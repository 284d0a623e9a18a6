using KubeSharp.Storage.Internal;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Storage.Sqlite;

public sealed partial class SqliteStorage
{
    /// <summary>Revisions removed per compaction transaction, so writers wait at most one short chunk.</summary>
    internal const long CompactChunkRevisions = 5000;

    /// <summary>Pages handed back per vacuum step (16 MiB with 4 KiB pages).</summary>
    private const long VacuumStepPages = 4096;

    /// <summary>Free space worth vacuuming: at least 4 MiB and a quarter of the file.</summary>
    private const long VacuumMinFreePages = 1024;

    private readonly SemaphoreSlim _compactionGate = new(1, 1);
    private readonly CompactionPolicy _compactionPolicy;
    private long _compactFinished;
    private int _automaticCompactionRunning;

    public async Task CompactAsync(long revision, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(revision);
        ThrowIfDisposed();
        await _compactionGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Submit(WriteRequest.CompactStart(revision), cancellationToken).ConfigureAwait(false);
            await FinishCompactionAsync().ConfigureAwait(false);
        }
        finally
        {
            _compactionGate.Release();
        }
    }

    /// <summary>Physically removes history up to the compact revision, chunk by chunk, then shrinks the file.</summary>
    private async Task FinishCompactionAsync()
    {
        var target = _writer.CompactRevision;
        var removed = 0L;
        while (_compactFinished < target)
        {
            var to = Math.Min(_compactFinished + CompactChunkRevisions, target);
            removed += (await _writer.Submit(WriteRequest.CompactChunk(_compactFinished, to)).ConfigureAwait(false)).Number;
            _compactFinished = to;
        }

        var vacuumed = 0L;
        while (true)
        {
            var (pages, free) = Read((reader, transaction) => (Pragma(reader, transaction, "page_count"), Pragma(reader, transaction, "freelist_count")));
            if (free < VacuumMinFreePages || free * 4 < pages)
            {
                break;
            }

            await _writer.Submit(WriteRequest.Vacuum(Math.Min(free, VacuumStepPages))).ConfigureAwait(false);
            vacuumed += Math.Min(free, VacuumStepPages);
        }

        if (vacuumed > 0 || removed > 0)
        {
            // In WAL mode the file is cut when the WAL is checkpointed; do it now, and cut the WAL too.
            await _checkpointer.TruncateAsync().ConfigureAwait(false);
        }

        LogCompacted(_logger, target, removed, vacuumed);
    }

    private void StartAutomaticCompaction()
    {
        if (Volatile.Read(ref _disposed) == 1)
        {
            return;
        }

        var target = _compactionPolicy.Next(_log.Published, _writer.CompactRevision);
        if (target > 0)
        {
            _ = RunCompactionInBackgroundAsync(target);
        }
    }

    /// <summary>Compacts to <paramref name="target"/> (0: only finish an interrupted compaction); errors are logged.</summary>
    private async Task RunCompactionInBackgroundAsync(long target)
    {
        if (Interlocked.Exchange(ref _automaticCompactionRunning, 1) == 1)
        {
            return;
        }

        try
        {
            if (target > _writer.CompactRevision)
            {
                await CompactAsync(target).ConfigureAwait(false);
            }
            else
            {
                await _compactionGate.WaitAsync().ConfigureAwait(false);
                try
                {
                    await FinishCompactionAsync().ConfigureAwait(false);
                }
                finally
                {
                    _compactionGate.Release();
                }
            }
        }
        catch (CompactedException)
        {
            // Someone compacted further meanwhile.
        }
        catch (StorageException exception)
        {
            LogCompactionFailed(_logger, target, exception);
        }
        catch (ObjectDisposedException)
        {
            // Closing.
        }
        finally
        {
            Volatile.Write(ref _automaticCompactionRunning, 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "compacted to revision {Revision}: {Rows} history rows removed, {Pages} pages returned")]
    private static partial void LogCompacted(ILogger logger, long revision, long rows, long pages);

    [LoggerMessage(Level = LogLevel.Warning, Message = "automatic compaction to revision {Revision} failed")]
    private static partial void LogCompactionFailed(ILogger logger, long revision, Exception exception);
}
