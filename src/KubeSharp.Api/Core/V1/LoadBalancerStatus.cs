using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The ingress points of a load balancer.</summary>
public sealed class LoadBalancerStatus : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<LoadBalancerIngress>? Ingress { get; set; }
}
