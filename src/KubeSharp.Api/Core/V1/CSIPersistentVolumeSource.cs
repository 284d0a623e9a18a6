namespace KubeSharp.Api.Core.V1;

/// <summary>A volume managed by an external CSI driver, backing a PersistentVolume.</summary>
public sealed class CSIPersistentVolumeSource : KubeModel
{
    public string Driver { get; set; } = "";

    /// <summary>The ID the driver's CreateVolume returned.</summary>
    public string VolumeHandle { get; set; } = "";

    public bool? ReadOnly { get; set; }

    public string? FSType { get; set; }

    public Dictionary<string, string>? VolumeAttributes { get; set; }

    public SecretReference? ControllerPublishSecretRef { get; set; }

    public SecretReference? NodeStageSecretRef { get; set; }

    public SecretReference? NodePublishSecretRef { get; set; }

    public SecretReference? ControllerExpandSecretRef { get; set; }

    public SecretReference? NodeExpandSecretRef { get; set; }
}
