namespace KubeSharp.Api.Core.V1;

/// <summary>Network protocols of ports.</summary>
public static class Protocol
{
    public const string TCP = "TCP";
    public const string UDP = "UDP";
    public const string SCTP = "SCTP";
}
