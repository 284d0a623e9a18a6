using KubeSharp.Dns.Protocol;

namespace KubeSharp.Dns.Records;

/// <summary>SRV (RFC 2782): a named port of a service.</summary>
public sealed record SrvRecord(string Name, uint Ttl, ushort Priority, ushort Weight, ushort Port, string Target) : DnsRecord(Name, Ttl)
{
    public override ushort Type => RecordType.Srv;
}
