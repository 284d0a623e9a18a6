using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace KubeSharp.Kubelet.Simulated;

/// <summary>An IPv4 range in CIDR form, with the arithmetic the simulated nodes need to hand out pod CIDRs and IPs.</summary>
public readonly record struct Ipv4Cidr(uint Network, int PrefixLength)
{
    /// <summary>How many addresses the range holds.</summary>
    public long Size => 1L << (32 - PrefixLength);

    public static Ipv4Cidr Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0
            || !IPAddress.TryParse(text.AsSpan(0, slash), out var address)
            || address.AddressFamily != AddressFamily.InterNetwork
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var prefix)
            || prefix > 32)
        {
            throw new ArgumentException($"\"{text}\" is not an IPv4 CIDR such as 10.128.0.0/9");
        }

        var value = ToUInt32(address);
        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        return new Ipv4Cidr(value & mask, prefix);
    }

    /// <summary>How many /<paramref name="prefixLength"/> blocks the range holds.</summary>
    public long SubnetCount(int prefixLength) => prefixLength < PrefixLength ? 0 : 1L << (prefixLength - PrefixLength);

    /// <summary>The <paramref name="index"/>-th /<paramref name="prefixLength"/> block of the range.</summary>
    public Ipv4Cidr Subnet(int prefixLength, long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, SubnetCount(prefixLength));
        return new Ipv4Cidr(Network + (uint)(index << (32 - prefixLength)), prefixLength);
    }

    /// <summary>The <paramref name="offset"/>-th address of the range (0 is the network address).</summary>
    public IPAddress Address(long offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(offset, Size);
        var value = Network + (uint)offset;
        return new IPAddress([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);
    }

    public override string ToString() => Address(0) + "/" + PrefixLength.ToString(CultureInfo.InvariantCulture);

    private static uint ToUInt32(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[4];
        address.TryWriteBytes(bytes, out _);
        return ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
    }
}
