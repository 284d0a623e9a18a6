using System.Text.Json.Serialization;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>A Rados Block Device mount.</summary>
public sealed class RBDVolumeSource : KubeModel
{
    [JsonPropertyName("monitors")]
    [ListType(ListTypeAttribute.Atomic)]
    public List<string> CephMonitors { get; set; } = [];

    [JsonPropertyName("image")]
    public string RBDImage { get; set; } = "";

    public string? FSType { get; set; }

    /// <summary>Defaults to "rbd".</summary>
    [JsonPropertyName("pool")]
    public string? RBDPool { get; set; }

    /// <summary>Defaults to "admin".</summary>
    [JsonPropertyName("user")]
    public string? RadosUser { get; set; }

    /// <summary>Defaults to /etc/ceph/keyring.</summary>
    public string? Keyring { get; set; }

    public LocalObjectReference? SecretRef { get; set; }

    public bool? ReadOnly { get; set; }
}
