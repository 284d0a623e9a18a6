namespace KubeSharp.Api.Apps.V1;

/// <summary>Keeps a number of identical pods running.</summary>
[Kind("apps", "v1", "ReplicaSet")]
public sealed class ReplicaSet : KubeObject
{
    public ReplicaSetSpec Spec { get; set; } = new();

    public ReplicaSetStatus Status { get; set; } = new();
}
