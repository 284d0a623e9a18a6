using System.Text.Json.Serialization;

namespace KubeSharp.Api.ApiExtensions.V1;

public sealed class CustomResourceDefinitionCondition : KubeModel
{
    /// <summary>See <see cref="CustomResourceDefinitionConditionType"/>.</summary>
    public string Type { get; set; } = "";

    public string Status { get; set; } = "";

    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? LastTransitionTime { get; set; }

    public string? Reason { get; set; }

    public string? Message { get; set; }
}
