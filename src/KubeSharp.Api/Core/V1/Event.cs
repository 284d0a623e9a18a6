using System.Text.Json.Serialization;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Core.V1;

/// <summary>A report of something that happened to an object (core/v1; events.k8s.io/v1 has the newer shape).</summary>
[Kind("", "v1", "Event")]
public sealed class Event : KubeObject
{
    /// <summary>The object the event is about.</summary>
    public ObjectReference InvolvedObject { get; set; } = new();

    public string? Reason { get; set; }

    public string? Message { get; set; }

    /// <summary>A struct upstream, so always written.</summary>
    public EventSource Source { get; set; } = new();

    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? FirstTimestamp { get; set; }

    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? LastTimestamp { get; set; }

    public int? Count { get; set; }

    /// <summary>One of <see cref="EventType"/>.</summary>
    public string? Type { get; set; }

    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public MicroTime? EventTime { get; set; }

    public EventSeries? Series { get; set; }

    public string? Action { get; set; }

    public ObjectReference? Related { get; set; }

    /// <summary>Such as kubernetes.io/kubelet; its wire name is <c>reportingComponent</c>, and it is always written.</summary>
    [JsonPropertyName("reportingComponent")]
    public string ReportingController { get; set; } = "";

    /// <summary>Always written.</summary>
    public string ReportingInstance { get; set; } = "";
}
