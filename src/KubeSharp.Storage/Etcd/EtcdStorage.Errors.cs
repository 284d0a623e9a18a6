using KubeSharp.Storage.Etcd.Grpc;

namespace KubeSharp.Storage.Etcd;

public sealed partial class EtcdStorage
{
    // etcd's error texts (server/etcdserver/api/v3rpc/rpctypes), matched as clientv3 users do.
    private const string ErrCompacted = "required revision has been compacted";
    private const string ErrFutureRev = "required revision is a future revision";
    private const string ErrLeaseNotFound = "requested lease not found";
    private const string ErrRequestTooLarge = "request is too large";

    private async Task<Exception> MapReadErrorAsync(GrpcException error, long revision, CancellationToken cancellationToken)
    {
        if (error.Detail.Contains(ErrCompacted, StringComparison.Ordinal))
        {
            var current = await GetCurrentRevisionAsync(cancellationToken).ConfigureAwait(false);
            return new CompactedException(revision, await FindCompactRevisionAsync(current, cancellationToken).ConfigureAwait(false));
        }

        if (error.Detail.Contains(ErrFutureRev, StringComparison.Ordinal))
        {
            return new FutureRevisionException(revision, await GetCurrentRevisionAsync(cancellationToken).ConfigureAwait(false));
        }

        return Unexpected(error);
    }

    private static Exception MapWriteError(GrpcException error, string key, int valueLength, long lease)
    {
        if (error.Detail.Contains(ErrLeaseNotFound, StringComparison.Ordinal))
        {
            return new LeaseNotFoundException(lease);
        }

        if (error.Detail.Contains(ErrRequestTooLarge, StringComparison.Ordinal))
        {
            return new ValueTooLargeException(key, valueLength, valueLength);
        }

        return Unexpected(error);
    }

    private static StorageUnavailableException Unexpected(GrpcException error) =>
        new($"etcd refused the request: {error.Detail}", error);

    /// <summary>
    /// etcd reports its compaction point only in errors, so find it: the smallest revision a read at which still
    /// succeeds (reads at the compact revision itself are allowed), by binary search. 0 when nothing is compacted.
    /// </summary>
    private async Task<long> FindCompactRevisionAsync(long current, CancellationToken cancellationToken)
    {
        if (current <= 1 || await ReadableAtAsync(1, cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        long low = 1, high = current;
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (await ReadableAtAsync(middle, cancellationToken).ConfigureAwait(false))
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return high;
    }

    private async Task<bool> ReadableAtAsync(long revision, CancellationToken cancellationToken)
    {
        try
        {
            await ReadAsync("/etcdserverpb.KV/Range", EtcdMessages.Range([0], revision: revision, countOnly: true), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (GrpcException error) when (error.Detail.Contains(ErrCompacted, StringComparison.Ordinal))
        {
            return false;
        }
    }
}
