namespace KubeSharp.Api.Storage.V1;

public sealed class VolumeAttachmentStatus : KubeModel
{
    public bool Attached { get; set; }

    public Dictionary<string, string>? AttachmentMetadata { get; set; }

    public VolumeError? AttachError { get; set; }

    public VolumeError? DetachError { get; set; }
}
