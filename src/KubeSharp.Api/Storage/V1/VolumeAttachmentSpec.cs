namespace KubeSharp.Api.Storage.V1;

public sealed class VolumeAttachmentSpec : KubeModel
{
    /// <summary>The CSI driver that must handle the request.</summary>
    public string Attacher { get; set; } = "";

    public VolumeAttachmentSource Source { get; set; } = new();

    public string NodeName { get; set; } = "";
}
