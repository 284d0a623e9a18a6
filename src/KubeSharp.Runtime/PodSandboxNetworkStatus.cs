namespace KubeSharp.Runtime;

/// <summary>CRI <c>PodSandboxNetworkStatus</c>: the sandbox's IPs (absent for host-network sandboxes).</summary>
public sealed record PodSandboxNetworkStatus
{
    public string Ip { get; init; } = "";

    public IReadOnlyList<string> AdditionalIps { get; init; } = [];
}
