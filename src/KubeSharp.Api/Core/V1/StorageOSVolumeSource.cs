namespace KubeSharp.Api.Core.V1;

/// <summary>A StorageOS volume.</summary>
public sealed class StorageOSVolumeSource : KubeModel
{
    public string? VolumeName { get; set; }

    public string? VolumeNamespace { get; set; }

    public string? FSType { get; set; }

    public bool? ReadOnly { get; set; }

    public LocalObjectReference? SecretRef { get; set; }
}
