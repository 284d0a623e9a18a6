using KubeSharp.Storage.Etcd.Grpc;
using KubeSharp.Storage.Internal;

namespace KubeSharp.Storage.Etcd;

public sealed partial class EtcdStorage
{
    // RequestOp / ResponseOp field numbers.
    private const int OpRange = 1;
    private const int OpPut = 2;
    private const int OpDelete = 3;

    public async Task<KeyValue?> GetAsync(string key, long revision = 0, CancellationToken cancellationToken = default)
    {
        StorageValidation.Key(key);
        ArgumentOutOfRangeException.ThrowIfNegative(revision);
        var response = await RangeCallAsync(EtcdMessages.Range(EtcdMessages.Key(key), revision: revision), revision, cancellationToken).ConfigureAwait(false);
        var (_, kvs, _, _) = EtcdMessages.RangeResponse(response);
        return kvs.Count > 0 ? kvs[0] : null;
    }

    public async Task<RangeResult> RangeAsync(RangeOptions options, CancellationToken cancellationToken = default)
    {
        StorageValidation.Range(options);
        var request = EtcdMessages.Range(
            EtcdMessages.RangeStart(options.StartKey ?? options.Prefix),
            EtcdMessages.PrefixEnd(options.Prefix),
            options.Limit,
            options.Revision,
            options.CountOnly);
        var response = await RangeCallAsync(request, options.Revision, cancellationToken).ConfigureAwait(false);
        var (revision, kvs, more, count) = EtcdMessages.RangeResponse(response);

        // etcd's header carries the current revision; a read at a past revision was served at that one.
        return new RangeResult(kvs, more, count, options.Revision > 0 ? options.Revision : revision);
    }

    public async Task<KeyValue> CreateAsync(string key, ReadOnlyMemory<byte> value, long lease = 0, CancellationToken cancellationToken = default)
    {
        StorageValidation.Key(key);
        StorageValidation.Size(key, value, _options.MaxValueBytes);
        var txn = EtcdMessages.Txn(
            EtcdMessages.Compare(key, EtcdMessages.TargetCreate, EtcdMessages.CompareEqual, 0),
            (OpPut, EtcdMessages.Put(key, value, lease, prevKv: false)),
            (OpRange, EtcdMessages.Range(EtcdMessages.Key(key))));
        var (revision, succeeded, _, response) = await TxnAsync(txn, key, value.Length, lease, cancellationToken).ConfigureAwait(false);
        if (!succeeded)
        {
            throw new KeyExistsException(key, SingleKv(response));
        }

        return new KeyValue(key, value.ToArray(), revision, revision, 1, lease);
    }

    public async Task<KeyValue> UpdateAsync(string key, ReadOnlyMemory<byte> value, long expectedModRevision, long lease = 0, CancellationToken cancellationToken = default)
    {
        StorageValidation.Key(key);
        StorageValidation.ModRevision(expectedModRevision);
        StorageValidation.Size(key, value, _options.MaxValueBytes);
        var txn = EtcdMessages.Txn(
            EtcdMessages.Compare(key, EtcdMessages.TargetMod, EtcdMessages.CompareEqual, expectedModRevision),
            (OpPut, EtcdMessages.Put(key, value, lease, prevKv: true)),
            (OpRange, EtcdMessages.Range(EtcdMessages.Key(key))));
        var (revision, succeeded, _, response) = await TxnAsync(txn, key, value.Length, lease, cancellationToken).ConfigureAwait(false);
        if (!succeeded)
        {
            throw SingleKv(response) is { } current
                ? new ConflictException(key, expectedModRevision, current)
                : new NotFoundException(key);
        }

        return Written(key, value, lease, revision, EtcdMessages.PrevKv(response, 2));
    }

    public async Task<KeyValue> PutAsync(string key, ReadOnlyMemory<byte> value, long lease = 0, CancellationToken cancellationToken = default)
    {
        StorageValidation.Key(key);
        StorageValidation.Size(key, value, _options.MaxValueBytes);
        byte[] response;
        try
        {
            response = await WriteAsync("/etcdserverpb.KV/Put", EtcdMessages.Put(key, value, lease, prevKv: true), cancellationToken).ConfigureAwait(false);
        }
        catch (GrpcException error)
        {
            throw MapWriteError(error, key, value.Length, lease);
        }

        return Written(key, value, lease, EtcdMessages.HeaderRevision(response), EtcdMessages.PrevKv(response, 2));
    }

    public async Task<DeleteResult> DeleteAsync(string key, long expectedModRevision = 0, CancellationToken cancellationToken = default)
    {
        StorageValidation.Key(key);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedModRevision);

        // Without a guard the compare is "the key exists" (create revision > 0), so a missing key is a clean failure.
        var compare = expectedModRevision > 0
            ? EtcdMessages.Compare(key, EtcdMessages.TargetMod, EtcdMessages.CompareEqual, expectedModRevision)
            : EtcdMessages.Compare(key, EtcdMessages.TargetCreate, EtcdMessages.CompareGreater, 0);
        var txn = EtcdMessages.Txn(
            compare,
            (OpDelete, EtcdMessages.DeleteRange(key, prevKv: true)),
            (OpRange, EtcdMessages.Range(EtcdMessages.Key(key))));
        var (revision, succeeded, _, response) = await TxnAsync(txn, key, 0, 0, cancellationToken).ConfigureAwait(false);
        if (!succeeded)
        {
            throw SingleKv(response) is { } current
                ? new ConflictException(key, expectedModRevision, current)
                : new NotFoundException(key);
        }

        var previous = EtcdMessages.PrevKv(response, 3) ?? throw new NotFoundException(key);
        return new DeleteResult(previous, revision);
    }

    public async Task CompactAsync(long revision, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(revision);

        // physical: wait until the history is removed from the backend, as kube-apiserver's compactor does not,
        // but our contract promises reads at compacted revisions fail as soon as this returns.
        var request = new ProtoWriter().Varint(1, revision).Bool(2, true);
        try
        {
            await WriteAsync("/etcdserverpb.KV/Compact", request, cancellationToken).ConfigureAwait(false);
        }
        catch (GrpcException error)
        {
            throw await MapReadErrorAsync(error, revision, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<byte[]> RangeCallAsync(ProtoWriter request, long revision, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadAsync("/etcdserverpb.KV/Range", request, cancellationToken).ConfigureAwait(false);
        }
        catch (GrpcException error)
        {
            throw await MapReadErrorAsync(error, revision, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(long Revision, bool Succeeded, int Op, byte[] Response)> TxnAsync(ProtoWriter txn, string key, int valueLength, long lease, CancellationToken cancellationToken)
    {
        try
        {
            var response = await WriteAsync("/etcdserverpb.KV/Txn", txn, cancellationToken).ConfigureAwait(false);
            return EtcdMessages.TxnResponse(response);
        }
        catch (GrpcException error)
        {
            throw MapWriteError(error, key, valueLength, lease);
        }
    }

    /// <summary>The key-value of a failure branch's Range, or null when the key is absent.</summary>
    private static KeyValue? SingleKv(byte[] rangeResponse)
    {
        var (_, kvs, _, _) = EtcdMessages.RangeResponse(rangeResponse);
        return kvs.Count > 0 ? kvs[0] : null;
    }

    /// <summary>The version a put wrote: etcd returns only the revision, so creation and version come from the previous one.</summary>
    private static KeyValue Written(string key, ReadOnlyMemory<byte> value, long lease, long revision, KeyValue? previous) =>
        previous is null
            ? new KeyValue(key, value.ToArray(), revision, revision, 1, lease)
            : new KeyValue(key, value.ToArray(), previous.CreateRevision, revision, previous.Version + 1, lease);
}
