using System.Buffers.Binary;
using System.Net;
using System.Text;
using KubeSharp.Dns.Protocol;

namespace KubeSharp.Dns.Tests;

/// <summary>Builds queries and decodes answers for tests, independently of the server's own writer.</summary>
internal static class DnsTestMessages
{
    public static byte[] Query(string name, ushort type, ushort id = 0x1234, ushort? ednsSize = null)
    {
        var bytes = new List<byte> { (byte)(id >> 8), (byte)id, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, (byte)(ednsSize is null ? 0 : 1) };
        foreach (var label in name.TrimEnd('.').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            bytes.Add((byte)label.Length);
            bytes.AddRange(Encoding.ASCII.GetBytes(label));
        }

        bytes.AddRange([0, (byte)(type >> 8), (byte)type, 0, 1]);
        if (ednsSize is { } size)
        {
            bytes.AddRange([0, 0, 41, (byte)(size >> 8), (byte)size, 0, 0, 0, 0, 0, 0]);
        }

        return [.. bytes];
    }

    public static Decoded Decode(ReadOnlySpan<byte> message)
    {
        var flags = BinaryPrimitives.ReadUInt16BigEndian(message[2..]);
        var counts = new int[4];
        for (var i = 0; i < 4; i++)
        {
            counts[i] = BinaryPrimitives.ReadUInt16BigEndian(message[(4 + (2 * i))..]);
        }

        var offset = 12;
        for (var i = 0; i < counts[0]; i++)
        {
            DnsName.Read(message, ref offset);
            offset += 4;
        }

        var sections = new List<Record>[3];
        for (var section = 0; section < 3; section++)
        {
            sections[section] = [];
            for (var i = 0; i < counts[section + 1]; i++)
            {
                var name = DnsName.Read(message, ref offset);
                var type = BinaryPrimitives.ReadUInt16BigEndian(message[offset..]);
                var ttl = BinaryPrimitives.ReadUInt32BigEndian(message[(offset + 4)..]);
                var length = BinaryPrimitives.ReadUInt16BigEndian(message[(offset + 8)..]);
                var dataStart = offset + 10;
                offset = dataStart + length;
                sections[section].Add(new Record(name, type, ttl, Data(message, type, dataStart, length)));
            }
        }

        return new Decoded(BinaryPrimitives.ReadUInt16BigEndian(message), flags, sections[0], sections[1], sections[2]);
    }

    private static string Data(ReadOnlySpan<byte> message, ushort type, int start, int length)
    {
        var at = start;
        switch (type)
        {
            case RecordType.A:
            case RecordType.Aaaa:
                return new IPAddress(message.Slice(start, length)).ToString();
            case RecordType.Cname:
            case RecordType.Ptr:
                return DnsName.Read(message, ref at);
            case RecordType.Srv:
                var priority = BinaryPrimitives.ReadUInt16BigEndian(message[start..]);
                var weight = BinaryPrimitives.ReadUInt16BigEndian(message[(start + 2)..]);
                var port = BinaryPrimitives.ReadUInt16BigEndian(message[(start + 4)..]);
                at = start + 6;
                return $"{priority} {weight} {port} {DnsName.Read(message, ref at)}";
            case RecordType.Txt:
                return Encoding.ASCII.GetString(message.Slice(start + 1, message[start]));
            case RecordType.Soa:
                var primary = DnsName.Read(message, ref at);
                var mailbox = DnsName.Read(message, ref at);
                return $"{primary} {mailbox} {BinaryPrimitives.ReadUInt32BigEndian(message[(at + 16)..])}";
            default:
                return Convert.ToHexString(message.Slice(start, length));
        }
    }

    public sealed record Record(string Name, ushort Type, uint Ttl, string Data);

    public sealed record Decoded(ushort Id, ushort Flags, List<Record> Answers, List<Record> Authority, List<Record> Additional)
    {
        public int ResponseCode => Flags & 0xF;

        public bool Truncated => (Flags & 0x0200) != 0;

        public bool Authoritative => (Flags & 0x0400) != 0;
    }
}
