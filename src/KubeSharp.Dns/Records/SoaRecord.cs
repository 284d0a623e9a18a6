using KubeSharp.Dns.Protocol;

namespace KubeSharp.Dns.Records;

/// <summary>SOA: sent in the authority section of negative answers; its minimum is the negative-caching TTL (RFC 2308).</summary>
public sealed record SoaRecord(string Name, uint Ttl, string PrimaryServer, string Mailbox, uint Serial, uint Refresh, uint Retry, uint Expire, uint Minimum)
    : DnsRecord(Name, Ttl)
{
    public override ushort Type => RecordType.Soa;
}
