namespace KubeSharp.Api.Core.V1;

/// <summary>The state of a ControllerModifyVolume operation on a claim.</summary>
public sealed class ModifyVolumeStatus : KubeModel
{
    public string? TargetVolumeAttributesClassName { get; set; }

    /// <summary>One of <see cref="PersistentVolumeClaimModifyVolumeStatus"/>.</summary>
    public string Status { get; set; } = "";
}
