using System.Text.Json.Serialization;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Events.V1;

/// <summary>A report of something that happened to an object (the events.k8s.io form of core/v1 Event).</summary>
[Kind("events.k8s.io", "v1", "Event")]
public sealed class Event : KubeObject
{
    /// <summary>
    /// When the event was first observed; required.
    /// Written as null when unset, like upstream's Time value (a struct, not a pointer).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public MicroTime? EventTime { get; set; }

    /// <summary>Set when the event stands for a series of repeats; null for a singleton.</summary>
    public EventSeries? Series { get; set; }

    /// <summary>e.g. kubernetes.io/kubelet.</summary>
    public string? ReportingController { get; set; }

    public string? ReportingInstance { get; set; }

    public string? Action { get; set; }

    public string? Reason { get; set; }

    public ObjectReference Regarding { get; set; } = new();

    public ObjectReference? Related { get; set; }

    public string? Note { get; set; }

    /// <summary>Normal or Warning.</summary>
    public string? Type { get; set; }

    public EventSource DeprecatedSource { get; set; } = new();

    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? DeprecatedFirstTimestamp { get; set; }

    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? DeprecatedLastTimestamp { get; set; }

    public int? DeprecatedCount { get; set; }
}
