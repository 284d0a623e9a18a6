using System.Buffers;

namespace KubeSharp.Storage.Etcd.Grpc;

/// <summary>
/// Just enough protobuf encoding for etcd's requests (varints and length-delimited fields), so the etcd backend
/// needs no generated code. Field numbers follow etcd's api/etcdserverpb/rpc.proto.
/// </summary>
internal sealed class ProtoWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    public int Length => _buffer.WrittenCount;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

    public ProtoWriter Varint(int field, long value)
    {
        if (value != 0)
        {
            Tag(field, 0);
            WriteVarint((ulong)value);
        }

        return this;
    }

    /// <summary>A varint written even when zero: a member of a oneof, whose presence is the point.</summary>
    public ProtoWriter VarintAlways(int field, long value)
    {
        Tag(field, 0);
        WriteVarint((ulong)value);
        return this;
    }

    public ProtoWriter Bool(int field, bool value) => Varint(field, value ? 1 : 0);

    public ProtoWriter Bytes(int field, ReadOnlySpan<byte> value)
    {
        Tag(field, 2);
        WriteVarint((ulong)value.Length);
        _buffer.Write(value);
        return this;
    }

    public ProtoWriter Message(int field, ProtoWriter message) => Bytes(field, message.WrittenSpan);

    /// <summary>The message with gRPC's length-prefixed framing: a zero compression flag and a big-endian length.</summary>
    public byte[] ToGrpcFrame()
    {
        var frame = new byte[5 + Length];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1), Length);
        WrittenSpan.CopyTo(frame.AsSpan(5));
        return frame;
    }

    private void Tag(int field, int wireType) => WriteVarint((ulong)((field << 3) | wireType));

    private void WriteVarint(ulong value)
    {
        var span = _buffer.GetSpan(10);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[i++] = (byte)value;
        _buffer.Advance(i);
    }
}
