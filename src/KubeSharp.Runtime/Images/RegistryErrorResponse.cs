using System.Text.Json.Serialization;

namespace KubeSharp.Runtime.Images;

/// <summary>distribution-spec error body: <c>{"errors":[{"code","message","detail"}]}</c>.</summary>
internal sealed record RegistryErrorResponse
{
    [JsonPropertyName("errors")]
    public IReadOnlyList<RegistryError> Errors { get; init; } = [];
}
