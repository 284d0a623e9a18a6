using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Networking.V1;

public sealed class IngressLoadBalancerStatus : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<IngressLoadBalancerIngress>? Ingress { get; set; }
}
