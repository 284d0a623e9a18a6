using System.Text;

namespace KubeSharp.Dns.Protocol;

/// <summary>Domain names on the wire (RFC 1035 §3.1, §4.1.4): length-prefixed labels and compression pointers.</summary>
internal static class DnsName
{
    public const int MaxLength = 255;

    /// <summary>Reads a (possibly compressed) name at <paramref name="offset"/>, moving it past the name; "" is the root.</summary>
    public static string Read(ReadOnlySpan<byte> message, ref int offset)
    {
        var builder = new StringBuilder();
        var position = offset;
        var jumped = false;
        var jumps = 0;
        var length = 0;
        while (true)
        {
            if (position >= message.Length)
            {
                throw new FormatException("name runs past the message");
            }

            var label = message[position];
            if ((label & 0xC0) == 0xC0)
            {
                if (position + 1 >= message.Length || ++jumps > 64)
                {
                    throw new FormatException("bad compression pointer");
                }

                var target = ((label & 0x3F) << 8) | message[position + 1];
                if (!jumped)
                {
                    offset = position + 2;
                    jumped = true;
                }

                position = target;
                continue;
            }

            if ((label & 0xC0) != 0)
            {
                throw new FormatException("unsupported label type");
            }

            position++;
            if (label == 0)
            {
                break;
            }

            if (position + label > message.Length)
            {
                throw new FormatException("label runs past the message");
            }

            length += label + 1;
            if (length > MaxLength)
            {
                throw new FormatException("name longer than 255 octets");
            }

            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(Encoding.ASCII.GetString(message.Slice(position, label)));
            position += label;
        }

        if (!jumped)
        {
            offset = position;
        }

        return builder.ToString();
    }
}
