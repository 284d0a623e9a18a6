namespace KubeSharp.Api.Core.V1;

/// <summary>Mounts the volume bound to a PVC in the pod's namespace.</summary>
public sealed class PersistentVolumeClaimVolumeSource : KubeModel
{
    public string ClaimName { get; set; } = "";

    public bool? ReadOnly { get; set; }
}
