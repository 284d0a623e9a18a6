using KubeSharp.Api.Core.V1;

namespace KubeSharp.Api.Storage.V1;

/// <summary>Exactly one member is set.</summary>
public sealed class VolumeAttachmentSource : KubeModel
{
    public string? PersistentVolumeName { get; set; }

    /// <summary>A pod's inline volume translated to a PersistentVolumeSpec (CSI migration).</summary>
    public PersistentVolumeSpec? InlineVolumeSpec { get; set; }
}
