namespace KubeSharp.Api.Core.V1;

/// <summary>A Portworx volume.</summary>
public sealed class PortworxVolumeSource : KubeModel
{
    public string VolumeID { get; set; } = "";

    public string? FSType { get; set; }

    public bool? ReadOnly { get; set; }
}
