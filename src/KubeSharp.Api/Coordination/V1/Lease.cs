namespace KubeSharp.Api.Coordination.V1;

/// <summary>A lease: leader election and node heartbeats hold and renew these.</summary>
[Kind("coordination.k8s.io", "v1", "Lease")]
public sealed class Lease : KubeObject
{
    public LeaseSpec Spec { get; set; } = new();
}
