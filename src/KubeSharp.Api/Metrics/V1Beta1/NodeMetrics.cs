using System.Text.Json.Serialization;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Metrics.V1Beta1;

/// <summary>Resource usage of a node over [Timestamp - Window, Timestamp], as served by metrics.k8s.io.</summary>
[Kind("metrics.k8s.io", "v1beta1", "NodeMetrics")]
public sealed class NodeMetrics : KubeObject
{
    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? Timestamp { get; set; }

    public Duration Window { get; set; }

    /// <summary>Memory is the working set.</summary>
    public Dictionary<string, Quantity> Usage { get; set; } = [];
}
