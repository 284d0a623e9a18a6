namespace KubeSharp.Runtime;

/// <summary>CRI <c>RuntimeConfig</c> (UpdateRuntimeConfig): configuration the kubelet pushes to the runtime.</summary>
public sealed record RuntimeConfig
{
    /// <summary>CIDR for pod IPs on this node (CRI <c>network_config.pod_cidr</c>); empty to leave unchanged.</summary>
    public string PodCidr { get; init; } = "";
}
