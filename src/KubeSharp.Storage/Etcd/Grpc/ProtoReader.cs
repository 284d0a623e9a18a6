namespace KubeSharp.Storage.Etcd.Grpc;

/// <summary>Walks the fields of one protobuf message; unknown fields are skipped by wire type.</summary>
internal ref struct ProtoReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public ProtoReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    public int Field { get; private set; }

    public int WireType { get; private set; }

    public bool Next()
    {
        if (_position >= _data.Length)
        {
            return false;
        }

        var tag = ReadVarint();
        Field = (int)(tag >> 3);
        WireType = (int)(tag & 7);
        return true;
    }

    public long Varint() => (long)ReadVarint();

    public ReadOnlySpan<byte> Bytes()
    {
        var length = (int)ReadVarint();
        var value = _data.Slice(_position, length);
        _position += length;
        return value;
    }

    public void Skip()
    {
        switch (WireType)
        {
            case 0:
                ReadVarint();
                break;
            case 1:
                _position += 8;
                break;
            case 2:
                Bytes();
                break;
            case 5:
                _position += 4;
                break;
            default:
                throw new InvalidDataException($"unsupported protobuf wire type {WireType}");
        }
    }

    private ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = _data[_position++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("malformed varint");
    }
}
