namespace KubeSharp.Api.Core.V1;

/// <summary>A user's request for storage, bound to one PersistentVolume.</summary>
[Kind("", "v1", "PersistentVolumeClaim")]
public sealed class PersistentVolumeClaim : KubeObject
{
    public PersistentVolumeClaimSpec Spec { get; set; } = new();

    public PersistentVolumeClaimStatus Status { get; set; } = new();
}
