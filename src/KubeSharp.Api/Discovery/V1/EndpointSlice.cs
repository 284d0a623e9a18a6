using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Discovery.V1;

/// <summary>A subset of a service's endpoints; find a service's slices by the kubernetes.io/service-name label.</summary>
[Kind("discovery.k8s.io", "v1", "EndpointSlice")]
public sealed class EndpointSlice : KubeObject
{
    /// <summary>IPv4, IPv6 or FQDN (deprecated), as in the AddressType constants; immutable.</summary>
    public string AddressType { get; set; } = "";

    [ListType(ListTypeAttribute.Atomic)]
    public List<Endpoint> Endpoints { get; set; } = [];

    [ListType(ListTypeAttribute.Atomic)]
    public List<EndpointPort> Ports { get; set; } = [];
}
