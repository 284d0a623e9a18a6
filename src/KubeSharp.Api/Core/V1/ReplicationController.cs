namespace KubeSharp.Api.Core.V1;

/// <summary>The original replica controller, with an equality-only selector; superseded by ReplicaSet.</summary>
[Kind("", "v1", "ReplicationController")]
public sealed class ReplicationController : KubeObject
{
    public ReplicationControllerSpec Spec { get; set; } = new();

    public ReplicationControllerStatus Status { get; set; } = new();
}
