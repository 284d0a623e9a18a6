using System.Buffers.Binary;
using System.Text;
using KubeSharp.Dns.Records;

namespace KubeSharp.Dns.Protocol;

/// <summary>
/// Writes a response message into a caller's buffer, compressing names (RFC 1035 §4.1.4) against every name
/// already written. Throws <see cref="ArgumentException"/> when the buffer is too small, which callers use to
/// fall back to a truncated answer.
/// </summary>
internal ref struct DnsMessageWriter
{
    private readonly Span<byte> _buffer;
    private readonly Dictionary<string, int> _names;
    private int _position;
    private ushort _answers;
    private ushort _authority;
    private ushort _additional;

    public DnsMessageWriter(Span<byte> buffer, Dictionary<string, int> names)
    {
        _buffer = buffer;
        _names = names;
        _names.Clear();
        _position = DnsQuery.HeaderLength;
    }

    public readonly int Length => _position;

    /// <summary>Copies the query's question section as it was sent (case preserved, as RFC 4343 asks).</summary>
    public void Question(ReadOnlySpan<byte> query, DnsQuery parsed)
    {
        var question = query[DnsQuery.HeaderLength..parsed.QuestionEnd];
        Ensure(question.Length);
        question.CopyTo(_buffer[_position..]);

        // The question name is at offset 12 uncompressed: later names can point at it.
        if (parsed.LowerName.Length > 0)
        {
            RememberSuffixes(parsed.LowerName, DnsQuery.HeaderLength);
        }

        _position += question.Length;
    }

    public void Answer(DnsRecord record)
    {
        Record(record);
        _answers++;
    }

    public void Authority(DnsRecord record)
    {
        Record(record);
        _authority++;
    }

    /// <summary>The OPT pseudo-record advertising our UDP payload size (RFC 6891).</summary>
    public void Opt(ushort payloadSize)
    {
        Ensure(11);
        _buffer[_position++] = 0;
        WriteUInt16(RecordType.Opt);
        WriteUInt16(payloadSize);
        WriteUInt32(0);
        WriteUInt16(0);
        _additional++;
    }

    /// <summary>Writes the header last, when the counts are known.</summary>
    public void Header(ushort id, ushort flags)
    {
        BinaryPrimitives.WriteUInt16BigEndian(_buffer, id);
        BinaryPrimitives.WriteUInt16BigEndian(_buffer[2..], flags);
        BinaryPrimitives.WriteUInt16BigEndian(_buffer[4..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(_buffer[6..], _answers);
        BinaryPrimitives.WriteUInt16BigEndian(_buffer[8..], _authority);
        BinaryPrimitives.WriteUInt16BigEndian(_buffer[10..], _additional);
    }

    private void Record(DnsRecord record)
    {
        Name(record.Name);
        Ensure(10);
        WriteUInt16(record.Type);
        WriteUInt16(RecordType.ClassInternet);
        WriteUInt32(record.Ttl);
        var lengthAt = _position;
        _position += 2;
        switch (record)
        {
            case AddressRecord address:
                Ensure(16);
                address.Address.TryWriteBytes(_buffer[_position..], out var written);
                _position += written;
                break;
            case CnameRecord cname:
                Name(cname.Target);
                break;
            case PtrRecord ptr:
                Name(ptr.Target);
                break;
            case SrvRecord srv:
                Ensure(6);
                WriteUInt16(srv.Priority);
                WriteUInt16(srv.Weight);
                WriteUInt16(srv.Port);

                // RFC 2782: the SRV target is not compressed.
                Name(srv.Target, compress: false);
                break;
            case TxtRecord txt:
                var text = Encoding.ASCII.GetBytes(txt.Text);
                Ensure(1 + text.Length);
                _buffer[_position++] = (byte)text.Length;
                text.CopyTo(_buffer[_position..]);
                _position += text.Length;
                break;
            case SoaRecord soa:
                Name(soa.PrimaryServer);
                Name(soa.Mailbox);
                Ensure(20);
                WriteUInt32(soa.Serial);
                WriteUInt32(soa.Refresh);
                WriteUInt32(soa.Retry);
                WriteUInt32(soa.Expire);
                WriteUInt32(soa.Minimum);
                break;
            default:
                throw new NotSupportedException($"record type {record.Type}");
        }

        BinaryPrimitives.WriteUInt16BigEndian(_buffer[lengthAt..], (ushort)(_position - lengthAt - 2));
    }

    private void Name(string name, bool compress = true)
    {
        var lower = name.ToLowerInvariant();
        var start = 0;
        while (start < name.Length)
        {
            var suffix = start == 0 ? lower : lower[start..];
            if (compress && _names.TryGetValue(suffix, out var pointer))
            {
                Ensure(2);
                WriteUInt16((ushort)(0xC000 | pointer));
                return;
            }

            var dot = name.IndexOf('.', start);
            var end = dot < 0 ? name.Length : dot;
            var labelLength = end - start;
            if (labelLength is 0 or > 63)
            {
                throw new FormatException($"invalid label in {name}");
            }

            Ensure(1 + labelLength);
            if (_position < 0x3FFF)
            {
                _names.TryAdd(suffix, _position);
            }

            _buffer[_position++] = (byte)labelLength;
            _position += Encoding.ASCII.GetBytes(name.AsSpan(start, labelLength), _buffer[_position..]);
            start = end + 1;
        }

        Ensure(1);
        _buffer[_position++] = 0;
    }

    private void RememberSuffixes(string lowerName, int offset)
    {
        var start = 0;
        while (start < lowerName.Length)
        {
            _names.TryAdd(start == 0 ? lowerName : lowerName[start..], offset + start);
            var dot = lowerName.IndexOf('.', start);
            if (dot < 0)
            {
                break;
            }

            start = dot + 1;
        }
    }

    private readonly void Ensure(int bytes)
    {
        if (_position + bytes > _buffer.Length)
        {
            throw new ArgumentException("the response does not fit the buffer");
        }
    }

    private void WriteUInt16(ushort value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(_buffer[_position..], value);
        _position += 2;
    }

    private void WriteUInt32(uint value)
    {
        BinaryPrimitives.WriteUInt32BigEndian(_buffer[_position..], value);
        _position += 4;
    }
}
