namespace KubeSharp.Dns.Protocol;

/// <summary>
/// A parsed query: the header fields a server needs, the (single) question, and the requester's EDNS UDP payload
/// size. Names are kept as received (case preserved, RFC 4343) with a lower-case copy for lookups.
/// </summary>
internal sealed record DnsQuery(
    ushort Id,
    ushort Flags,
    string Name,
    ushort Type,
    ushort Class,
    int QuestionEnd,
    ushort? EdnsPayloadSize)
{
    public const int HeaderLength = 12;

    public string LowerName { get; } = Name.ToLowerInvariant();

    public bool RecursionDesired => (Flags & 0x0100) != 0;

    /// <summary>OPCODE 0 (standard query).</summary>
    public bool IsStandardQuery => ((Flags >> 11) & 0xF) == 0;

    /// <summary>Largest UDP answer the requester accepts: its EDNS size, or 512 without EDNS (RFC 1035 §4.2.1).</summary>
    public int MaxUdpSize => EdnsPayloadSize is { } size ? Math.Max(512, (int)size) : 512;

    /// <summary>
    /// Parses a query message; null when it is too malformed to answer at all (no complete header). A header with
    /// a bad question throws <see cref="FormatException"/>, answered with FORMERR.
    /// </summary>
    public static DnsQuery? Parse(ReadOnlySpan<byte> message)
    {
        if (message.Length < HeaderLength)
        {
            return null;
        }

        var id = (ushort)((message[0] << 8) | message[1]);
        var flags = (ushort)((message[2] << 8) | message[3]);
        var questions = (message[4] << 8) | message[5];
        var additional = (message[10] << 8) | message[11];
        if ((flags & 0x8000) != 0 || questions != 1)
        {
            throw new FormatException("a query must carry exactly one question");
        }

        var offset = HeaderLength;
        var name = DnsName.Read(message, ref offset);
        if (offset + 4 > message.Length)
        {
            throw new FormatException("question truncated");
        }

        var type = (ushort)((message[offset] << 8) | message[offset + 1]);
        var qclass = (ushort)((message[offset + 2] << 8) | message[offset + 3]);
        offset += 4;
        var questionEnd = offset;
        ushort? edns = null;

        // The OPT pseudo-record, if any, is in the additional section (answer and authority are empty in a query).
        for (var i = 0; i < additional && offset < message.Length; i++)
        {
            DnsName.Read(message, ref offset);
            if (offset + 10 > message.Length)
            {
                throw new FormatException("additional record truncated");
            }

            var rrType = (ushort)((message[offset] << 8) | message[offset + 1]);
            var rrClass = (ushort)((message[offset + 2] << 8) | message[offset + 3]);
            var length = (message[offset + 8] << 8) | message[offset + 9];
            if (rrType == RecordType.Opt)
            {
                edns = rrClass;
            }

            offset += 10 + length;
        }

        return new DnsQuery(id, flags, name, type, qclass, questionEnd, edns);
    }
}
