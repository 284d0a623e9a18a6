using System.Text.Json.Serialization;

namespace KubeSharp.Api.Core.V1;

/// <summary>A ScaleIO volume backing a PersistentVolume.</summary>
public sealed class ScaleIOPersistentVolumeSource : KubeModel
{
    public string Gateway { get; set; } = "";

    public string System { get; set; } = "";

    /// <summary>Written even when null: upstream's pointer has no omitempty.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public SecretReference? SecretRef { get; set; }

    public bool? SSLEnabled { get; set; }

    public string? ProtectionDomain { get; set; }

    public string? StoragePool { get; set; }

    public string? StorageMode { get; set; }

    public string? VolumeName { get; set; }

    public string? FSType { get; set; }

    public bool? ReadOnly { get; set; }
}
