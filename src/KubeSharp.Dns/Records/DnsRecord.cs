namespace KubeSharp.Dns.Records;

/// <summary>One resource record the server answers with. Names are absolute, without the trailing dot.</summary>
public abstract record DnsRecord(string Name, uint Ttl)
{
    /// <summary>The record's TYPE (<see cref="Protocol.RecordType"/>).</summary>
    public abstract ushort Type { get; }
}
