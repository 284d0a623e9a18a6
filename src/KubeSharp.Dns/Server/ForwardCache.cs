using System.Buffers.Binary;
using System.Collections.Concurrent;
using KubeSharp.Dns.Protocol;

namespace KubeSharp.Dns.Server;

/// <summary>
/// Answers from upstream resolvers, kept for their TTL capped at 30 s (CoreDNS's <c>cache 30</c> in k3s's
/// configuration); negative answers for the SOA minimum (RFC 2308), capped the same way. A cached answer is
/// served with its TTLs counted down and the requester's ID.
/// </summary>
internal sealed class ForwardCache(TimeProvider timeProvider, int capacity = 10000)
{
    public static readonly TimeSpan MaxTtl = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<(string Name, ushort Type), Entry> _entries = new();

    public int Count => _entries.Count;

    /// <summary>Writes a cached answer for the question into <paramref name="buffer"/>; 0 when there is none.</summary>
    public int TryWrite(DnsQuery query, Span<byte> buffer)
    {
        if (!_entries.TryGetValue((query.LowerName, query.Type), out var entry))
        {
            return 0;
        }

        var now = timeProvider.GetTimestamp();
        var age = timeProvider.GetElapsedTime(entry.Stored, now);
        if (age >= entry.Lifetime || entry.Response.Length > buffer.Length)
        {
            _entries.TryRemove(new KeyValuePair<(string, ushort), Entry>((query.LowerName, query.Type), entry));
            return 0;
        }

        entry.Response.CopyTo(buffer);
        BinaryPrimitives.WriteUInt16BigEndian(buffer, query.Id);
        var elapsed = (uint)age.TotalSeconds;
        foreach (var offset in entry.TtlOffsets)
        {
            var ttl = BinaryPrimitives.ReadUInt32BigEndian(buffer[offset..]);
            BinaryPrimitives.WriteUInt32BigEndian(buffer[offset..], ttl > elapsed ? ttl - elapsed : 0);
        }

        return entry.Response.Length;
    }

    /// <summary>Keeps an upstream answer (NOERROR or NXDOMAIN, not truncated) for its TTL.</summary>
    public void Store(DnsQuery query, ReadOnlySpan<byte> response)
    {
        if (response.Length < DnsQuery.HeaderLength)
        {
            return;
        }

        var flags = BinaryPrimitives.ReadUInt16BigEndian(response[2..]);
        var code = flags & 0xF;
        if ((flags & 0x0200) != 0 || code is not (ResponseCode.NoError or ResponseCode.NameError))
        {
            return;
        }

        if (!TryReadTtls(response, out var offsets, out var minTtl, out var soaMinimum))
        {
            return;
        }

        var answers = BinaryPrimitives.ReadUInt16BigEndian(response[6..]);
        var lifetime = answers > 0 ? minTtl : soaMinimum ?? 0;
        var capped = TimeSpan.FromSeconds(Math.Min(lifetime, MaxTtl.TotalSeconds));
        if (capped <= TimeSpan.Zero)
        {
            return;
        }

        if (_entries.Count >= capacity)
        {
            // Bounded: start again rather than grow without limit (a simple, safe eviction policy).
            _entries.Clear();
        }

        _entries[(query.LowerName, query.Type)] = new Entry(response.ToArray(), offsets, timeProvider.GetTimestamp(), capped);
    }

    /// <summary>Finds the TTL field of every record except OPT, the smallest TTL, and an SOA's minimum.</summary>
    private static bool TryReadTtls(ReadOnlySpan<byte> message, out int[] offsets, out uint minTtl, out uint? soaMinimum)
    {
        var list = new List<int>();
        minTtl = uint.MaxValue;
        soaMinimum = null;
        offsets = [];
        try
        {
            var offset = DnsQuery.HeaderLength;
            var questions = BinaryPrimitives.ReadUInt16BigEndian(message[4..]);
            var records = BinaryPrimitives.ReadUInt16BigEndian(message[6..]) + BinaryPrimitives.ReadUInt16BigEndian(message[8..]) + BinaryPrimitives.ReadUInt16BigEndian(message[10..]);
            for (var i = 0; i < questions; i++)
            {
                DnsName.Read(message, ref offset);
                offset += 4;
            }

            for (var i = 0; i < records; i++)
            {
                DnsName.Read(message, ref offset);
                var type = BinaryPrimitives.ReadUInt16BigEndian(message[offset..]);
                var ttl = BinaryPrimitives.ReadUInt32BigEndian(message[(offset + 4)..]);
                var length = BinaryPrimitives.ReadUInt16BigEndian(message[(offset + 8)..]);
                if (type != RecordType.Opt)
                {
                    list.Add(offset + 4);
                    minTtl = Math.Min(minTtl, ttl);
                }

                if (type == RecordType.Soa)
                {
                    // The minimum is the last 4 bytes of the SOA's data; the negative TTL is min(SOA TTL, minimum).
                    var minimum = BinaryPrimitives.ReadUInt32BigEndian(message[(offset + 10 + length - 4)..]);
                    soaMinimum = Math.Min(ttl, minimum);
                }

                offset += 10 + length;
            }
        }
        catch (Exception error) when (error is FormatException or ArgumentOutOfRangeException)
        {
            return false;
        }

        offsets = [.. list];
        if (minTtl == uint.MaxValue)
        {
            minTtl = 0;
        }

        return true;
    }

    private sealed record Entry(byte[] Response, int[] TtlOffsets, long Stored, TimeSpan Lifetime);
}
