using KubeSharp.Dns.Protocol;

namespace KubeSharp.Dns.Records;

/// <summary>TXT with one character-string (the schema version record).</summary>
public sealed record TxtRecord(string Name, uint Ttl, string Text) : DnsRecord(Name, Ttl)
{
    public override ushort Type => RecordType.Txt;
}
