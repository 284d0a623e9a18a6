namespace KubeSharp.Api.Networking.V1;

public sealed class IngressStatus : KubeModel
{
    public IngressLoadBalancerStatus LoadBalancer { get; set; } = new();
}
