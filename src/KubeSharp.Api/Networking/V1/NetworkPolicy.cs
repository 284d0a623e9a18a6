namespace KubeSharp.Api.Networking.V1;

/// <summary>Which traffic is allowed to and from a set of pods; enforced by the network plugin.</summary>
[Kind("networking.k8s.io", "v1", "NetworkPolicy")]
public sealed class NetworkPolicy : KubeObject
{
    public NetworkPolicySpec Spec { get; set; } = new();
}
