namespace KubeSharp.Api.Core.V1;

/// <summary>An OpenStack Cinder volume.</summary>
public sealed class CinderVolumeSource : KubeModel
{
    public string VolumeID { get; set; } = "";

    public string? FSType { get; set; }

    public bool? ReadOnly { get; set; }

    public LocalObjectReference? SecretRef { get; set; }
}
