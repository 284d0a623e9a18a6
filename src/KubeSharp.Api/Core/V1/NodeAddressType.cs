namespace KubeSharp.Api.Core.V1;

/// <summary>Kinds of node address.</summary>
public static class NodeAddressType
{
    public const string Hostname = "Hostname";
    public const string InternalIP = "InternalIP";
    public const string ExternalIP = "ExternalIP";
    public const string InternalDNS = "InternalDNS";
    public const string ExternalDNS = "ExternalDNS";
}
