using System.Text.Json.Serialization;

namespace KubeSharp.Api.Core.V1;

/// <summary>A class of pods that should avoid a node.</summary>
public sealed class PreferAvoidPodsEntry : KubeModel
{
    public PodSignature PodSignature { get; set; } = new();

    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? EvictionTime { get; set; }

    public string? Reason { get; set; }

    public string? Message { get; set; }
}
