using System.Text;
using KubeSharp.Storage.Etcd.Grpc;
using KubeSharp.Storage.Internal;

namespace KubeSharp.Storage.Etcd;

/// <summary>
/// The etcd v3 messages the backend sends and reads, by field number (api/etcdserverpb/rpc.proto and
/// api/mvccpb/kv.proto of etcd 3.4+). Keys are UTF-8, as the API server's keys are.
/// </summary>
internal static class EtcdMessages
{
    // Compare.CompareResult and Compare.CompareTarget.
    public const int CompareEqual = 0;
    public const int CompareGreater = 1;
    public const int TargetCreate = 1;
    public const int TargetMod = 2;

    public static byte[] Key(string key) => KeyOrder.ToBytes(key);

    /// <summary>The range end of a prefix; "\0" (every key from the start on) where there is none, as etcd's WithPrefix.</summary>
    public static byte[] PrefixEnd(string prefix) => KeyOrder.PrefixEnd(Key(prefix)) ?? [0];

    /// <summary>A range's first key; "" becomes "\0", as clientv3 does for a prefix of everything (etcd rejects an empty key).</summary>
    public static byte[] RangeStart(string key) => key.Length == 0 ? [0] : Key(key);

    public static ProtoWriter Range(byte[] key, byte[]? rangeEnd = null, long limit = 0, long revision = 0, bool countOnly = false)
    {
        var range = new ProtoWriter().Bytes(1, key);
        if (rangeEnd is not null)
        {
            range.Bytes(2, rangeEnd);
        }

        return range.Varint(3, limit).Varint(4, revision).Bool(9, countOnly);
    }

    public static ProtoWriter Put(string key, ReadOnlyMemory<byte> value, long lease, bool prevKv) =>
        new ProtoWriter().Bytes(1, Key(key)).Bytes(2, value.Span).Varint(3, lease).Bool(4, prevKv);

    public static ProtoWriter DeleteRange(string key, bool prevKv) =>
        new ProtoWriter().Bytes(1, Key(key)).Bool(3, prevKv);

    /// <summary>A Compare of one key's create or mod revision (target_union fields 5 and 6).</summary>
    public static ProtoWriter Compare(string key, int target, int result, long revision) =>
        new ProtoWriter().Varint(1, result).Varint(2, target).Bytes(3, Key(key)).VarintAlways(target == TargetCreate ? 5 : 6, revision);

    /// <summary>A Txn: if <paramref name="compare"/> then <paramref name="success"/> else <paramref name="failure"/> (RequestOp field numbers: 1 range, 2 put, 3 delete).</summary>
    public static ProtoWriter Txn(ProtoWriter compare, (int Op, ProtoWriter Request) success, (int Op, ProtoWriter Request) failure) =>
        new ProtoWriter()
            .Message(1, compare)
            .Message(2, new ProtoWriter().Message(success.Op, success.Request))
            .Message(3, new ProtoWriter().Message(failure.Op, failure.Request));

    /// <summary>ResponseHeader.revision of a response whose field 1 is its header.</summary>
    public static long HeaderRevision(ReadOnlySpan<byte> response)
    {
        var reader = new ProtoReader(response);
        while (reader.Next())
        {
            if (reader.Field == 1 && reader.WireType == 2)
            {
                return Revision(reader.Bytes());
            }

            reader.Skip();
        }

        return 0;
    }

    public static long Revision(ReadOnlySpan<byte> header)
    {
        var reader = new ProtoReader(header);
        while (reader.Next())
        {
            if (reader.Field == 3)
            {
                return reader.Varint();
            }

            reader.Skip();
        }

        return 0;
    }

    /// <summary>An mvccpb.KeyValue.</summary>
    public static KeyValue KeyValue(ReadOnlySpan<byte> message)
    {
        var key = "";
        byte[] value = [];
        long create = 0, mod = 0, version = 0, lease = 0;
        var reader = new ProtoReader(message);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1:
                    key = Encoding.UTF8.GetString(reader.Bytes());
                    break;
                case 2:
                    create = reader.Varint();
                    break;
                case 3:
                    mod = reader.Varint();
                    break;
                case 4:
                    version = reader.Varint();
                    break;
                case 5:
                    value = reader.Bytes().ToArray();
                    break;
                case 6:
                    lease = reader.Varint();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new KeyValue(key, value, create, mod, version, lease);
    }

    /// <summary>A RangeResponse: header revision, key-values, more, count.</summary>
    public static (long Revision, List<KeyValue> Kvs, bool More, long Count) RangeResponse(ReadOnlySpan<byte> message)
    {
        long revision = 0, count = 0;
        var more = false;
        var kvs = new List<KeyValue>();
        var reader = new ProtoReader(message);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1:
                    revision = Revision(reader.Bytes());
                    break;
                case 2:
                    kvs.Add(KeyValue(reader.Bytes()));
                    break;
                case 3:
                    more = reader.Varint() != 0;
                    break;
                case 4:
                    count = reader.Varint();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return (revision, kvs, more, count);
    }

    /// <summary>A PutResponse or DeleteRangeResponse's previous key-value(s) (field 2 of Put, 3 of DeleteRange).</summary>
    public static KeyValue? PrevKv(ReadOnlySpan<byte> message, int field)
    {
        var reader = new ProtoReader(message);
        while (reader.Next())
        {
            if (reader.Field == field && reader.WireType == 2)
            {
                return KeyValue(reader.Bytes());
            }

            reader.Skip();
        }

        return null;
    }

    /// <summary>A TxnResponse: header revision, whether the compare held, and the single ResponseOp's (field, body).</summary>
    public static (long Revision, bool Succeeded, int Op, byte[] Response) TxnResponse(ReadOnlySpan<byte> message)
    {
        long revision = 0;
        var succeeded = false;
        var op = 0;
        byte[] response = [];
        var reader = new ProtoReader(message);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1:
                    revision = Revision(reader.Bytes());
                    break;
                case 2:
                    succeeded = reader.Varint() != 0;
                    break;
                case 3:
                    var responseOp = new ProtoReader(reader.Bytes());
                    if (responseOp.Next())
                    {
                        op = responseOp.Field;
                        response = responseOp.Bytes().ToArray();
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return (revision, succeeded, op, response);
    }

    /// <summary>One varint field of a flat message (e.g. a lease response's ID or TTL).</summary>
    public static long Field(ReadOnlySpan<byte> message, int field)
    {
        var reader = new ProtoReader(message);
        while (reader.Next())
        {
            if (reader.Field == field && reader.WireType == 0)
            {
                return reader.Varint();
            }

            reader.Skip();
        }

        return 0;
    }
}
