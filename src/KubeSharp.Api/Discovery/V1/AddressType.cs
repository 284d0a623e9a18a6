namespace KubeSharp.Api.Discovery.V1;

public static class AddressType
{
    public const string IPv4 = "IPv4";

    public const string IPv6 = "IPv6";

    public const string FQDN = "FQDN";
}
