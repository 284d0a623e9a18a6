using System.Text.Json.Serialization;

namespace KubeSharp.Api.Core.V1;

/// <summary>A ScaleIO volume.</summary>
public sealed class ScaleIOVolumeSource : KubeModel
{
    public string Gateway { get; set; } = "";

    public string System { get; set; } = "";

    /// <summary>Written even when null: upstream's pointer has no omitempty.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public LocalObjectReference? SecretRef { get; set; }

    public bool? SSLEnabled { get; set; }

    public string? ProtectionDomain { get; set; }

    public string? StoragePool { get; set; }

    /// <summary>ThickProvisioned or ThinProvisioned (the default).</summary>
    public string? StorageMode { get; set; }

    public string? VolumeName { get; set; }

    /// <summary>Defaults to "xfs".</summary>
    public string? FSType { get; set; }

    public bool? ReadOnly { get; set; }
}
