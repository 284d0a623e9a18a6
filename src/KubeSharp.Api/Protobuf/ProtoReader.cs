using System.Buffers.Binary;

namespace KubeSharp.Api.Protobuf;

/// <summary>
/// Reads protobuf wire format from a span, checking every length against what is left, so truncated or
/// malformed input ends in a <see cref="ProtobufDecodeException"/> instead of an out-of-range read.
/// </summary>
public ref struct ProtoReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public ProtoReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    public readonly bool End => _position >= _data.Length;

    public readonly int Position => _position;

    /// <summary>The next field's number and wire type.</summary>
    public (int Field, ProtoWireType WireType) ReadTag()
    {
        var tag = ReadVarint();
        var field = tag >> 3;
        if (field == 0 || field > 536_870_911)
        {
            throw new ProtobufDecodeException($"proto: illegal field number {field} at offset {_position}");
        }

        return ((int)field, (ProtoWireType)(tag & 7));
    }

    public ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_position >= _data.Length)
            {
                throw new ProtobufDecodeException("proto: unexpected end of data in a varint");
            }

            var b = _data[_position++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new ProtobufDecodeException("proto: integer overflow in a varint");
    }

    public ReadOnlySpan<byte> ReadLengthDelimited()
    {
        var length = ReadVarint();
        if (length > (ulong)(_data.Length - _position))
        {
            throw new ProtobufDecodeException($"proto: unexpected end of data: a field of {length} bytes at offset {_position} runs past the {_data.Length}-byte message");
        }

        var slice = _data.Slice(_position, (int)length);
        _position += (int)length;
        return slice;
    }

    public ulong ReadFixed64()
    {
        if (_data.Length - _position < 8)
        {
            throw new ProtobufDecodeException("proto: unexpected end of data in a 64-bit field");
        }

        var value = BinaryPrimitives.ReadUInt64LittleEndian(_data[_position..]);
        _position += 8;
        return value;
    }

    public uint ReadFixed32()
    {
        if (_data.Length - _position < 4)
        {
            throw new ProtobufDecodeException("proto: unexpected end of data in a 32-bit field");
        }

        var value = BinaryPrimitives.ReadUInt32LittleEndian(_data[_position..]);
        _position += 4;
        return value;
    }

    /// <summary>Skips a field of the given wire type (unknown fields are skipped, as upstream's generated code does).</summary>
    public void Skip(ProtoWireType wireType)
    {
        switch (wireType)
        {
            case ProtoWireType.Varint:
                ReadVarint();
                break;
            case ProtoWireType.Fixed64:
                ReadFixed64();
                break;
            case ProtoWireType.LengthDelimited:
                ReadLengthDelimited();
                break;
            case ProtoWireType.Fixed32:
                ReadFixed32();
                break;
            default:
                throw new ProtobufDecodeException($"proto: unsupported wire type {(int)wireType} at offset {_position}");
        }
    }
}
