namespace KubeSharp.Api.Core.V1;

/// <summary>How traffic to a load balancer IP reaches the node.</summary>
public static class LoadBalancerIPMode
{
    /// <summary>Delivered with the load balancer IP as destination.</summary>
    public const string VIP = "VIP";

    /// <summary>Delivered to the node or pod address as destination.</summary>
    public const string Proxy = "Proxy";
}
