using System.Text.Json.Serialization;
using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Metrics.V1Beta1;

/// <summary>Resource usage of a pod's containers over one window, as served by metrics.k8s.io.</summary>
[Kind("metrics.k8s.io", "v1beta1", "PodMetrics")]
public sealed class PodMetrics : KubeObject
{
    /// <summary>Written as null when unset, like upstream's Time value (a struct, not a pointer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? Timestamp { get; set; }

    public Duration Window { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<ContainerMetrics> Containers { get; set; } = [];
}
