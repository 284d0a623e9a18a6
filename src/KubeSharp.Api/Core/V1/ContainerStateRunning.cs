using System.Text.Json.Serialization;

namespace KubeSharp.Api.Core.V1;

/// <summary>A running container.</summary>
public sealed class ContainerStateRunning : KubeModel
{
    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? StartedAt { get; set; }
}
