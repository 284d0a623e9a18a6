namespace KubeSharp.Api.Core.V1;

/// <summary>A volume attached by an exec-based FlexVolume driver.</summary>
public sealed class FlexVolumeSource : KubeModel
{
    public string Driver { get; set; } = "";

    public string? FSType { get; set; }

    public LocalObjectReference? SecretRef { get; set; }

    public bool? ReadOnly { get; set; }

    public Dictionary<string, string>? Options { get; set; }
}
