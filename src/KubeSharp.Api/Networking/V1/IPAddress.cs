namespace KubeSharp.Api.Networking.V1;

/// <summary>One allocated IP of one family, named by the IP in canonical form; the Service allocator records ClusterIPs here.</summary>
[Kind("networking.k8s.io", "v1", "IPAddress")]
public sealed class IPAddress : KubeObject
{
    public IPAddressSpec Spec { get; set; } = new();
}
