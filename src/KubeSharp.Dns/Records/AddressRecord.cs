using System.Net;
using System.Net.Sockets;
using KubeSharp.Dns.Protocol;

namespace KubeSharp.Dns.Records;

/// <summary>A (IPv4) or AAAA (IPv6), by the address family.</summary>
public sealed record AddressRecord(string Name, uint Ttl, IPAddress Address) : DnsRecord(Name, Ttl)
{
    public override ushort Type => Address.AddressFamily == AddressFamily.InterNetworkV6 ? RecordType.Aaaa : RecordType.A;
}
