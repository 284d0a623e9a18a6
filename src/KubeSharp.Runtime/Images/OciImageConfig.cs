using System.Text.Json.Serialization;

namespace KubeSharp.Runtime.Images;

/// <summary>image-spec config.md: the image config blob, whose digest is the image ID.</summary>
public sealed record OciImageConfig
{
    [JsonPropertyName("created")]
    public DateTimeOffset? Created { get; init; }

    [JsonPropertyName("architecture")]
    public string Architecture { get; init; } = "";

    [JsonPropertyName("os")]
    public string Os { get; init; } = "";

    [JsonPropertyName("variant")]
    public string? Variant { get; init; }

    [JsonPropertyName("config")]
    public OciContainerConfig? Config { get; init; }

    [JsonPropertyName("rootfs")]
    public OciRootFs RootFs { get; init; } = new();
}
