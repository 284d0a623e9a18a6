using KubeSharp.Storage.Internal;

namespace KubeSharp.Storage.Sqlite;

public sealed partial class SqliteStorage
{
    public Task<KeyValue> CreateAsync(string key, ReadOnlyMemory<byte> value, long lease = 0, CancellationToken cancellationToken = default) =>
        WriteAsync(WriteKind.Create, key, value, 0, lease, cancellationToken);

    public Task<KeyValue> UpdateAsync(string key, ReadOnlyMemory<byte> value, long expectedModRevision, long lease = 0, CancellationToken cancellationToken = default)
    {
        StorageValidation.ModRevision(expectedModRevision);
        return WriteAsync(WriteKind.Update, key, value, expectedModRevision, lease, cancellationToken);
    }

    public Task<KeyValue> PutAsync(string key, ReadOnlyMemory<byte> value, long lease = 0, CancellationToken cancellationToken = default) =>
        WriteAsync(WriteKind.Put, key, value, 0, lease, cancellationToken);

    public async Task<DeleteResult> DeleteAsync(string key, long expectedModRevision = 0, CancellationToken cancellationToken = default)
    {
        StorageValidation.Key(key);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedModRevision);
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        var outcome = await Submit(WriteRequest.Delete(key, expectedModRevision), cancellationToken).ConfigureAwait(false);
        return new DeleteResult(outcome.PrevKv!, outcome.Number);
    }

    private async Task<KeyValue> WriteAsync(WriteKind kind, string key, ReadOnlyMemory<byte> value, long expected, long lease, CancellationToken cancellationToken)
    {
        StorageValidation.Key(key);
        StorageValidation.Size(key, value, _options.MaxValueBytes);
        ArgumentOutOfRangeException.ThrowIfNegative(lease);
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        var outcome = await Submit(WriteRequest.Write(kind, key, value, expected, lease), cancellationToken).ConfigureAwait(false);
        return outcome.Kv!;
    }

    /// <summary>
    /// Queues a request for the writer. Cancelling stops the wait, not the write: once queued, a write's outcome
    /// is decided by the writer, as with etcd (a cancelled client does not know whether its write happened).
    /// </summary>
    private Task<WriteOutcome> Submit(WriteRequest request, CancellationToken cancellationToken)
    {
        var task = _writer.Submit(request);
        return cancellationToken.CanBeCanceled ? task.WaitAsync(cancellationToken) : task;
    }
}
