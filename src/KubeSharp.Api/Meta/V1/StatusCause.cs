using System.Text.Json.Serialization;

namespace KubeSharp.Api.Meta.V1;

/// <summary>One cause of a failure, such as one invalid field.</summary>
public sealed class StatusCause : KubeModel
{
    /// <summary>Upstream's Go field is <c>Type</c> but its wire name is <c>reason</c>; one of <see cref="CauseType"/>.</summary>
    [JsonPropertyName("reason")]
    public string? Type { get; set; }

    public string? Message { get; set; }

    /// <summary>The JSON path of the field at fault, such as <c>spec.containers[0].image</c>.</summary>
    public string? Field { get; set; }
}
