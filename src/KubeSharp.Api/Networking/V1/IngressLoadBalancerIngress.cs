using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Networking.V1;

public sealed class IngressLoadBalancerIngress : KubeModel
{
    public string? IP { get; set; }

    public string? Hostname { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<IngressPortStatus>? Ports { get; set; }
}
