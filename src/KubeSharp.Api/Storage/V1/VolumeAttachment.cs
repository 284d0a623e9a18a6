namespace KubeSharp.Api.Storage.V1;

/// <summary>The intent to attach a volume to a node (or detach it), carried out by a CSI external-attacher.</summary>
[Kind("storage.k8s.io", "v1", "VolumeAttachment")]
public sealed class VolumeAttachment : KubeObject
{
    public VolumeAttachmentSpec Spec { get; set; } = new();

    public VolumeAttachmentStatus Status { get; set; } = new();
}
