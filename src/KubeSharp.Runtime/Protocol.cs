namespace KubeSharp.Runtime;

/// <summary>CRI <c>Protocol</c> of a port mapping.</summary>
public enum Protocol
{
    Tcp,
    Udp,
    Sctp,
}
