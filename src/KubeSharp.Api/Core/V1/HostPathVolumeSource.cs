namespace KubeSharp.Api.Core.V1;

/// <summary>A file or directory of the node mounted into the pod.</summary>
public sealed class HostPathVolumeSource : KubeModel
{
    public string Path { get; set; } = "";

    /// <summary>One of <see cref="HostPathType"/>.</summary>
    public string? Type { get; set; }
}
