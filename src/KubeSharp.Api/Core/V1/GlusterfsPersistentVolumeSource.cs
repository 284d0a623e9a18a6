using System.Text.Json.Serialization;

namespace KubeSharp.Api.Core.V1;

/// <summary>A Glusterfs mount backing a PersistentVolume.</summary>
public sealed class GlusterfsPersistentVolumeSource : KubeModel
{
    [JsonPropertyName("endpoints")]
    public string EndpointsName { get; set; } = "";

    public string Path { get; set; } = "";

    public bool? ReadOnly { get; set; }

    public string? EndpointsNamespace { get; set; }
}
