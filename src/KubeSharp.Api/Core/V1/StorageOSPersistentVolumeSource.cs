namespace KubeSharp.Api.Core.V1;

/// <summary>A StorageOS volume backing a PersistentVolume.</summary>
public sealed class StorageOSPersistentVolumeSource : KubeModel
{
    public string? VolumeName { get; set; }

    public string? VolumeNamespace { get; set; }

    public string? FSType { get; set; }

    public bool? ReadOnly { get; set; }

    public ObjectReference? SecretRef { get; set; }
}
