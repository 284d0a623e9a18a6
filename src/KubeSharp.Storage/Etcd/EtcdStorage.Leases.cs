using System.Text;
using KubeSharp.Storage.Etcd.Grpc;
using KubeSharp.Storage.Internal;

namespace KubeSharp.Storage.Etcd;

/// <summary>Leases are etcd's own: its lessor grants, expires (on etcd's clock) and revokes them.</summary>
public sealed partial class EtcdStorage
{
    public async Task<long> GrantLeaseAsync(TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        var seconds = StorageValidation.TtlSeconds(ttl);
        var response = await WriteAsync("/etcdserverpb.Lease/LeaseGrant", new ProtoWriter().Varint(1, seconds), cancellationToken).ConfigureAwait(false);
        return EtcdMessages.Field(response, 2);
    }

    public async Task<TimeSpan> KeepAliveLeaseAsync(long id, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();

        // LeaseKeepAlive is a stream; one request and its answer renew once (clientv3's KeepAliveOnce).
        await using var call = await CurrentChannel.DuplexAsync("/etcdserverpb.Lease/LeaseKeepAlive", new ProtoWriter().Varint(1, id), cancellationToken).ConfigureAwait(false);
        var response = await call.ReadAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new StorageUnavailableException("etcd ended the lease keep-alive stream without an answer");
        var ttl = EtcdMessages.Field(response, 3);
        return ttl > 0 ? TimeSpan.FromSeconds(ttl) : throw new LeaseNotFoundException(id);
    }

    public async Task RevokeLeaseAsync(long id, CancellationToken cancellationToken = default)
    {
        try
        {
            await WriteAsync("/etcdserverpb.Lease/LeaseRevoke", new ProtoWriter().Varint(1, id), cancellationToken).ConfigureAwait(false);
        }
        catch (GrpcException error)
        {
            throw MapWriteError(error, "", 0, id);
        }
    }

    public async Task<LeaseStatus?> GetLeaseAsync(long id, CancellationToken cancellationToken = default)
    {
        var response = await ReadAsync("/etcdserverpb.Lease/LeaseTimeToLive", new ProtoWriter().Varint(1, id).Bool(2, true), cancellationToken).ConfigureAwait(false);
        long ttl = 0, granted = 0;
        var keys = new List<string>();
        var reader = new ProtoReader(response);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 3:
                    ttl = reader.Varint();
                    break;
                case 4:
                    granted = reader.Varint();
                    break;
                case 5:
                    keys.Add(Encoding.UTF8.GetString(reader.Bytes()));
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        // etcd answers -1 for a lease it does not have (expired or never granted).
        if (ttl < 0)
        {
            return null;
        }

        keys.Sort(KeyOrder.Comparer);
        return new LeaseStatus(id, TimeSpan.FromSeconds(granted), TimeSpan.FromSeconds(ttl), keys);
    }
}
