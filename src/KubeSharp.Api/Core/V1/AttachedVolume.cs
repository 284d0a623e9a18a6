namespace KubeSharp.Api.Core.V1;

/// <summary>A volume attached to a node and its device path.</summary>
public sealed class AttachedVolume : KubeModel
{
    public string Name { get; set; } = "";

    public string DevicePath { get; set; } = "";
}
