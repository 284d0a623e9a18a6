using System.Text.Json.Serialization;

namespace KubeSharp.Api.Meta.V1;

/// <summary>
/// The standard condition shape for <c>.status.conditions</c> of newer kinds. Every field but observedGeneration is
/// always emitted, as upstream marks them required.
/// </summary>
public sealed class Condition : KubeModel
{
    public string Type { get; set; } = "";

    /// <summary>One of <see cref="ConditionStatus"/>.</summary>
    public string Status { get; set; } = "";

    public long? ObservedGeneration { get; set; }

    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? LastTransitionTime { get; set; }

    public string Reason { get; set; } = "";

    public string Message { get; set; } = "";
}
