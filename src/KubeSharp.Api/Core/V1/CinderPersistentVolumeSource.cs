namespace KubeSharp.Api.Core.V1;

/// <summary>An OpenStack Cinder volume backing a PersistentVolume.</summary>
public sealed class CinderPersistentVolumeSource : KubeModel
{
    public string VolumeID { get; set; } = "";

    public string? FSType { get; set; }

    public bool? ReadOnly { get; set; }

    public SecretReference? SecretRef { get; set; }
}
