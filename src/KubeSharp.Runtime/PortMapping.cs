namespace KubeSharp.Runtime;

/// <summary>CRI <c>PortMapping</c>: a host port forwarded to a sandbox port (handled by the CNI portmap plugin).</summary>
public sealed record PortMapping
{
    public Protocol Protocol { get; init; }

    public int ContainerPort { get; init; }

    /// <summary>0 means no host port.</summary>
    public int HostPort { get; init; }

    public string HostIp { get; init; } = "";
}
