namespace KubeSharp.Api.Networking.V1;

/// <summary>A range of IPs (at most one CIDR per family) Services get ClusterIPs from.</summary>
[Kind("networking.k8s.io", "v1", "ServiceCIDR")]
public sealed class ServiceCIDR : KubeObject
{
    public ServiceCIDRSpec Spec { get; set; } = new();

    public ServiceCIDRStatus Status { get; set; } = new();
}
