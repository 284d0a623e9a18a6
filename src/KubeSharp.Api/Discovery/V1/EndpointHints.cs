using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Discovery.V1;

/// <summary>Where topology-aware routing should consume an endpoint.</summary>
public sealed class EndpointHints : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<ForZone>? ForZones { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<ForNode>? ForNodes { get; set; }
}
