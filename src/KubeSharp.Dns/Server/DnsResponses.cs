using System.Buffers.Binary;
using KubeSharp.Dns.Protocol;

namespace KubeSharp.Dns.Server;

/// <summary>Encodes answers: authoritative zone answers, errors, and truncation for UDP (RFC 1035 §4.2.1, RFC 6891).</summary>
internal static class DnsResponses
{
    /// <summary>The UDP payload size we advertise, as CoreDNS does by default.</summary>
    public const ushort ServerUdpSize = 1232;

    private const ushort ResponseFlag = 0x8000;
    private const ushort Authoritative = 0x0400;
    private const ushort Truncated = 0x0200;
    private const ushort RecursionAvailable = 0x0080;

    /// <summary>
    /// Writes the zone's answer to <paramref name="query"/> into <paramref name="buffer"/> and returns its length.
    /// Over UDP an answer longer than the requester accepts is replaced by an empty one with TC set, so the client
    /// retries over TCP.
    /// </summary>
    public static int Write(ReadOnlySpan<byte> query, DnsQuery parsed, ZoneAnswer answer, Span<byte> buffer, bool udp, Dictionary<string, int> names)
    {
        var limit = udp ? Math.Min(buffer.Length, Math.Min(parsed.MaxUdpSize, (int)ServerUdpSize)) : buffer.Length;
        var flags = (ushort)(ResponseFlag | Authoritative | RecursionAvailable | (parsed.Flags & 0x0100) | answer.ResponseCode);
        try
        {
            var writer = new DnsMessageWriter(buffer[..limit], names);
            writer.Question(query, parsed);
            foreach (var record in answer.Answers)
            {
                writer.Answer(record);
            }

            if (answer.Authority is { } soa)
            {
                writer.Authority(soa);
            }

            if (parsed.EdnsPayloadSize is not null)
            {
                writer.Opt(ServerUdpSize);
            }

            writer.Header(parsed.Id, flags);
            return writer.Length;
        }
        catch (ArgumentException) when (udp)
        {
            var writer = new DnsMessageWriter(buffer, names);
            writer.Question(query, parsed);
            writer.Header(parsed.Id, (ushort)(flags | Truncated));
            return writer.Length;
        }
    }

    /// <summary>An error answer (FORMERR, SERVFAIL, NOTIMP, REFUSED) echoing the question when it could be read.</summary>
    public static int Error(ReadOnlySpan<byte> query, DnsQuery? parsed, int responseCode, Span<byte> buffer, Dictionary<string, int> names)
    {
        if (parsed is null)
        {
            // Only the header can be trusted: echo the ID, no sections.
            query[..2].CopyTo(buffer);
            BinaryPrimitives.WriteUInt16BigEndian(buffer[2..], (ushort)(ResponseFlag | RecursionAvailable | responseCode));
            buffer[4..DnsQuery.HeaderLength].Clear();
            return DnsQuery.HeaderLength;
        }

        var writer = new DnsMessageWriter(buffer, names);
        writer.Question(query, parsed);
        writer.Header(parsed.Id, (ushort)(ResponseFlag | RecursionAvailable | (parsed.Flags & 0x0100) | responseCode));
        return writer.Length;
    }
}
