namespace KubeSharp.Dns.Protocol;

/// <summary>Resource record TYPE values (RFC 1035 §3.2.2, RFC 3596 AAAA, RFC 2782 SRV, RFC 6891 OPT).</summary>
public static class RecordType
{
    public const ushort A = 1;
    public const ushort NS = 2;
    public const ushort Cname = 5;
    public const ushort Soa = 6;
    public const ushort Ptr = 12;
    public const ushort Txt = 16;
    public const ushort Aaaa = 28;
    public const ushort Srv = 33;
    public const ushort Opt = 41;

    /// <summary>QTYPE * (RFC 1035 §3.2.3).</summary>
    public const ushort Any = 255;

    /// <summary>CLASS IN.</summary>
    public const ushort ClassInternet = 1;
}
