using KubeSharp.Dns.Protocol;

namespace KubeSharp.Dns.Records;

/// <summary>CNAME: an ExternalName service's alias.</summary>
public sealed record CnameRecord(string Name, uint Ttl, string Target) : DnsRecord(Name, Ttl)
{
    public override ushort Type => RecordType.Cname;
}
