namespace KubeSharp.Api.Core.V1;

/// <summary>An inline ephemeral volume of a CSI driver.</summary>
public sealed class CSIVolumeSource : KubeModel
{
    public string Driver { get; set; } = "";

    public bool? ReadOnly { get; set; }

    public string? FSType { get; set; }

    public Dictionary<string, string>? VolumeAttributes { get; set; }

    public LocalObjectReference? NodePublishSecretRef { get; set; }
}
