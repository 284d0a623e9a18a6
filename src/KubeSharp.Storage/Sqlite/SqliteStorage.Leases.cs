using System.Text;
using KubeSharp.Storage.Internal;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Storage.Sqlite;

public sealed partial class SqliteStorage
{
    public async Task<long> GrantLeaseAsync(TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        var seconds = StorageValidation.TtlSeconds(ttl);
        ThrowIfDisposed();
        return (await Submit(WriteRequest.Grant(seconds), cancellationToken).ConfigureAwait(false)).Number;
    }

    public Task<TimeSpan> KeepAliveLeaseAsync(long id, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return Task.FromResult(_leases.KeepAlive(id, _timeProvider.GetUtcNow()));
    }

    public async Task RevokeLeaseAsync(long id, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        await Submit(WriteRequest.Revoke(id), cancellationToken).ConfigureAwait(false);
    }

    public Task<LeaseStatus?> GetLeaseAsync(long id, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        if (_leases.Get(id, _timeProvider.GetUtcNow()) is not { } ttl)
        {
            return Task.FromResult<LeaseStatus?>(null);
        }

        var keys = Read((reader, transaction) =>
        {
            var command = reader.Command("SELECT key FROM current WHERE lease = $lease ORDER BY key;", transaction);
            command.Parameters.AddWithValue("$lease", id);
            var found = new List<string>();
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                found.Add(Encoding.UTF8.GetString(rows.GetFieldValue<byte[]>(0)));
            }

            return found;
        });
        return Task.FromResult<LeaseStatus?>(new LeaseStatus(id, ttl.Granted, ttl.Remaining, keys));
    }

    private void ExpireLeases()
    {
        if (Volatile.Read(ref _disposed) == 1)
        {
            return;
        }

        foreach (var id in _leases.TakeExpired(_timeProvider.GetUtcNow()))
        {
            _ = RevokeExpiredAsync(id);
        }
    }

    private async Task RevokeExpiredAsync(long id)
    {
        try
        {
            await _writer.Submit(WriteRequest.Revoke(id)).ConfigureAwait(false);
            LogLeaseExpired(_logger, id);
        }
        catch (LeaseNotFoundException)
        {
            // Revoked by a client first.
        }
        catch (StorageUnavailableException)
        {
            // Closing; the lease gets a full TTL again at the next open, as etcd's do after a restart.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "lease {LeaseId} expired; its keys were deleted")]
    private static partial void LogLeaseExpired(ILogger logger, long leaseId);
}
