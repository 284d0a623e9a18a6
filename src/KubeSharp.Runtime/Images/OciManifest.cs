using System.Text.Json.Serialization;

namespace KubeSharp.Runtime.Images;

/// <summary>image-spec manifest.md (also Docker schema 2 manifests, which share the shape).</summary>
public sealed record OciManifest
{
    [JsonPropertyName("schemaVersion")]
    public int SchemaVersion { get; init; } = 2;

    [JsonPropertyName("mediaType")]
    public string? MediaType { get; init; }

    [JsonPropertyName("config")]
    public OciDescriptor Config { get; init; } = new();

    /// <summary>In application order, base first.</summary>
    [JsonPropertyName("layers")]
    public IReadOnlyList<OciDescriptor> Layers { get; init; } = [];

    [JsonPropertyName("annotations")]
    public IReadOnlyDictionary<string, string>? Annotations { get; init; }
}
