using System.Text.Json.Serialization;

namespace KubeSharp.Api.Core.V1;

/// <summary>A Glusterfs mount.</summary>
public sealed class GlusterfsVolumeSource : KubeModel
{
    /// <summary>The Endpoints object with the Glusterfs topology; the wire name is <c>endpoints</c>.</summary>
    [JsonPropertyName("endpoints")]
    public string EndpointsName { get; set; } = "";

    public string Path { get; set; } = "";

    public bool? ReadOnly { get; set; }
}
