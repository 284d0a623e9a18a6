using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Networking.V1;

public sealed class HTTPIngressRuleValue : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<HTTPIngressPath> Paths { get; set; } = [];
}
