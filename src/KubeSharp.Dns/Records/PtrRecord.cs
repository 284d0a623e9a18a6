using KubeSharp.Dns.Protocol;

namespace KubeSharp.Dns.Records;

/// <summary>PTR: the reverse record of a service or endpoint address.</summary>
public sealed record PtrRecord(string Name, uint Ttl, string Target) : DnsRecord(Name, Ttl)
{
    public override ushort Type => RecordType.Ptr;
}
