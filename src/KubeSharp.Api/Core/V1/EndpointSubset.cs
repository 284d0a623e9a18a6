using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>Addresses sharing a set of ports; the endpoints are every address with every port.</summary>
public sealed class EndpointSubset : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<EndpointAddress>? Addresses { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<EndpointAddress>? NotReadyAddresses { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<EndpointPort>? Ports { get; set; }
}
