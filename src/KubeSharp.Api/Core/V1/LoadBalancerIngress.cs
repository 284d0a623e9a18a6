using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>One ingress point of a load balancer: an IP or a hostname.</summary>
public sealed class LoadBalancerIngress : KubeModel
{
    public string? IP { get; set; }

    public string? Hostname { get; set; }

    /// <summary>One of <see cref="LoadBalancerIPMode"/>; only with ip.</summary>
    public string? IPMode { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<PortStatus>? Ports { get; set; }
}
