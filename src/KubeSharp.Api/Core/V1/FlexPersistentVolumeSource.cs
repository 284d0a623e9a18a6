namespace KubeSharp.Api.Core.V1;

/// <summary>A volume attached by an exec-based FlexVolume driver, backing a PersistentVolume.</summary>
public sealed class FlexPersistentVolumeSource : KubeModel
{
    public string Driver { get; set; } = "";

    public string? FSType { get; set; }

    public SecretReference? SecretRef { get; set; }

    public bool? ReadOnly { get; set; }

    public Dictionary<string, string>? Options { get; set; }
}
