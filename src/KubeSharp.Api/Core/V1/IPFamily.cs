namespace KubeSharp.Api.Core.V1;

/// <summary>IP families.</summary>
public static class IPFamily
{
    public const string IPv4 = "IPv4";
    public const string IPv6 = "IPv6";
    public const string Unknown = "";
}
