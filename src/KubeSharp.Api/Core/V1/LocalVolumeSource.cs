namespace KubeSharp.Api.Core.V1;

/// <summary>A directly attached disk, partition or directory of one node.</summary>
public sealed class LocalVolumeSource : KubeModel
{
    public string Path { get; set; } = "";

    public string? FSType { get; set; }
}
