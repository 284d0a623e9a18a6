using System.Text.Json.Serialization;

namespace KubeSharp.Api.Core.V1;

/// <summary>One condition of a pod (PodScheduled, Initialized, ContainersReady, Ready, …).</summary>
public sealed class PodCondition : KubeModel
{
    /// <summary>One of <see cref="PodConditionType"/> or a readiness gate's type.</summary>
    public string Type { get; set; } = "";

    /// <summary>The pod's metadata.generation this condition was set for.</summary>
    public long? ObservedGeneration { get; set; }

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
