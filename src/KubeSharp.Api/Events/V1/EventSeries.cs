using System.Text.Json.Serialization;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Events.V1;

public sealed class EventSeries : KubeModel
{
    public int Count { get; set; }

    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public MicroTime? LastObservedTime { get; set; }
}
