namespace KubeSharp.Api.Core.V1;

/// <summary>A directory that starts empty and lives as long as the pod.</summary>
public sealed class EmptyDirVolumeSource : KubeModel
{
    /// <summary>One of <see cref="StorageMedium"/>; "" is the node's disk, Memory a tmpfs.</summary>
    public string? Medium { get; set; }

    public Quantity? SizeLimit { get; set; }
}
