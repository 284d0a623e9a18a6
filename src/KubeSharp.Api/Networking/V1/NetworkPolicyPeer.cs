using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Networking.V1;

/// <summary>Pods (by pod and/or namespace selector) or an IP block; IPBlock excludes the selectors.</summary>
public sealed class NetworkPolicyPeer : KubeModel
{
    public LabelSelector? PodSelector { get; set; }

    public LabelSelector? NamespaceSelector { get; set; }

    public IPBlock? IPBlock { get; set; }
}
