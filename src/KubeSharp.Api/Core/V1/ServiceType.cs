namespace KubeSharp.Api.Core.V1;

/// <summary>How a Service is exposed.</summary>
public static class ServiceType
{
    /// <summary>A virtual IP inside the cluster (the default).</summary>
    public const string ClusterIP = "ClusterIP";

    /// <summary>ClusterIP plus a port on every node.</summary>
    public const string NodePort = "NodePort";

    /// <summary>NodePort plus an external load balancer.</summary>
    public const string LoadBalancer = "LoadBalancer";

    /// <summary>A DNS CNAME to externalName; no proxying.</summary>
    public const string ExternalName = "ExternalName";
}
