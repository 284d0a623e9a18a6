using System.Text.Json;
using System.Text.Json.Serialization;

namespace KubeSharp.Runtime.Images;

/// <summary>One entry of a registry error body (<c>MANIFEST_UNKNOWN</c>, <c>UNAUTHORIZED</c>, …).</summary>
internal sealed record RegistryError
{
    [JsonPropertyName("code")]
    public string Code { get; init; } = "";

    [JsonPropertyName("message")]
    public string Message { get; init; } = "";

    [JsonPropertyName("detail")]
    public JsonElement? Detail { get; init; }
}
