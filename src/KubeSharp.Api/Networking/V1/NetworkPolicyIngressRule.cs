using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Networking.V1;

/// <summary>Traffic that matches both Ports and From; an empty list matches everything.</summary>
public sealed class NetworkPolicyIngressRule : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<NetworkPolicyPort>? Ports { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<NetworkPolicyPeer>? From { get; set; }
}
