using System.Text.Json.Serialization;

namespace KubeSharp.Runtime.Images;

/// <summary>One entry of a <c>docker save</c> tarball's <c>manifest.json</c>.</summary>
internal sealed record DockerSaveManifestEntry
{
    [JsonPropertyName("Config")]
    public string Config { get; init; } = "";

    [JsonPropertyName("RepoTags")]
    public IReadOnlyList<string>? RepoTags { get; init; }

    [JsonPropertyName("Layers")]
    public IReadOnlyList<string> Layers { get; init; } = [];
}
