using System.Text.Json.Serialization;

namespace KubeSharp.Api.Core.V1;

/// <summary>A condition of a claim, such as Resizing.</summary>
public sealed class PersistentVolumeClaimCondition : KubeModel
{
    /// <summary>One of <see cref="PersistentVolumeClaimConditionType"/>.</summary>
    public string Type { get; set; } = "";

    /// <summary>One of <see cref="ConditionStatus"/>.</summary>
    public string Status { get; set; } = "";

    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? LastProbeTime { get; set; }

    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? LastTransitionTime { get; set; }

    public string? Reason { get; set; }

    public string? Message { get; set; }
}
