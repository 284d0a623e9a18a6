using System.Text.Json.Serialization;

namespace KubeSharp.Api.Core.V1;

/// <summary>A condition of a ReplicationController.</summary>
public sealed class ReplicationControllerCondition : KubeModel
{
    public string Type { get; set; } = "";

    /// <summary>One of <see cref="ConditionStatus"/>.</summary>
    public string Status { get; set; } = "";

    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? LastTransitionTime { get; set; }

    public string? Reason { get; set; }

    public string? Message { get; set; }
}
