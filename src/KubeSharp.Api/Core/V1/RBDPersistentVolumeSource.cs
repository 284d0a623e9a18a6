using System.Text.Json.Serialization;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>A Rados Block Device backing a PersistentVolume.</summary>
public sealed class RBDPersistentVolumeSource : KubeModel
{
    [JsonPropertyName("monitors")]
    [ListType(ListTypeAttribute.Atomic)]
    public List<string> CephMonitors { get; set; } = [];

    [JsonPropertyName("image")]
    public string RBDImage { get; set; } = "";

    public string? FSType { get; set; }

    [JsonPropertyName("pool")]
    public string? RBDPool { get; set; }

    [JsonPropertyName("user")]
    public string? RadosUser { get; set; }

    public string? Keyring { get; set; }

    public SecretReference? SecretRef { get; set; }

    public bool? ReadOnly { get; set; }
}
