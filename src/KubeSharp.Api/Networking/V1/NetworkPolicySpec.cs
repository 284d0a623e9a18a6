using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Networking.V1;

public sealed class NetworkPolicySpec : KubeModel
{
    /// <summary>The pods the policy applies to; empty selects every pod in the namespace.</summary>
    public LabelSelector PodSelector { get; set; } = new();

    [ListType(ListTypeAttribute.Atomic)]
    public List<NetworkPolicyIngressRule>? Ingress { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<NetworkPolicyEgressRule>? Egress { get; set; }

    /// <summary>Ingress, Egress or both; see <see cref="PolicyType"/>. Defaults from which rule lists are present.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? PolicyTypes { get; set; }
}
