namespace KubeSharp.Api.Core.V1;

/// <summary>A Photon Controller persistent disk.</summary>
public sealed class PhotonPersistentDiskVolumeSource : KubeModel
{
    public string PdID { get; set; } = "";

    public string? FSType { get; set; }
}
