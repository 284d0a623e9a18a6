namespace KubeSharp.Api.Core.V1;

/// <summary>A piece of storage in the cluster, provisioned by an administrator or dynamically (cluster-scoped).</summary>
[Kind("", "v1", "PersistentVolume")]
public sealed class PersistentVolume : KubeObject
{
    public PersistentVolumeSpec Spec { get; set; } = new();

    public PersistentVolumeStatus Status { get; set; } = new();
}
