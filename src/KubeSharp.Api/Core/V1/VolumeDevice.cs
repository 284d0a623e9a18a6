namespace KubeSharp.Api.Core.V1;

/// <summary>A raw block device (from a PVC) mapped into a container.</summary>
public sealed class VolumeDevice : KubeModel
{
    public string Name { get; set; } = "";

    public string DevicePath { get; set; } = "";
}
