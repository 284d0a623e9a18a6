using System.Buffers;
using System.Text;

namespace KubeSharp.Api.Protobuf;

/// <summary>Writes protobuf wire format (varints, length-delimited fields) into a growable buffer.</summary>
public sealed class ProtoWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    /// <summary>How many bytes are written.</summary>
    public int Length => _buffer.WrittenCount;

    public void WriteTag(int field, ProtoWireType type) => WriteVarint(((ulong)(uint)field << 3) | (uint)type);

    public void WriteVarint(ulong value)
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

    /// <summary>A varint field (int32, int64, bool, enum).</summary>
    public void WriteVarint(int field, long value)
    {
        WriteTag(field, ProtoWireType.Varint);
        WriteVarint(unchecked((ulong)value));
    }

    public void WriteString(int field, string value) => WriteBytes(field, Encoding.UTF8.GetBytes(value));

    public void WriteBytes(int field, ReadOnlySpan<byte> value)
    {
        WriteTag(field, ProtoWireType.LengthDelimited);
        WriteVarint((ulong)value.Length);
        _buffer.Write(value);
    }

    /// <summary>A nested message written by another writer.</summary>
    public void WriteMessage(int field, ProtoWriter message)
    {
        ArgumentNullException.ThrowIfNull(message);
        WriteBytes(field, message._buffer.WrittenSpan);
    }

    /// <summary>A 64-bit field (double).</summary>
    public void WriteDouble(int field, double value)
    {
        WriteTag(field, ProtoWireType.Fixed64);
        var span = _buffer.GetSpan(8);
        System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(span, value);
        _buffer.Advance(8);
    }

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();
}
