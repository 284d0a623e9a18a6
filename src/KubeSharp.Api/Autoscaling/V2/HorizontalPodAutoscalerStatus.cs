using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Autoscaling.V2;

public sealed class HorizontalPodAutoscalerStatus : KubeModel
{
    public long? ObservedGeneration { get; set; }

    public DateTimeOffset? LastScaleTime { get; set; }

    public int? CurrentReplicas { get; set; }

    public int DesiredReplicas { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<MetricStatus> CurrentMetrics { get; set; } = [];

    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("type")]
    public List<HorizontalPodAutoscalerCondition>? Conditions { get; set; }
}
