using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Autoscaling.V2;

public sealed class HorizontalPodAutoscalerSpec : KubeModel
{
    public CrossVersionObjectReference ScaleTargetRef { get; set; } = new();

    /// <summary>Defaults to 1.</summary>
    public int? MinReplicas { get; set; }

    public int MaxReplicas { get; set; }

    /// <summary>The largest replica count any metric asks for wins; 80% average CPU when unset.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<MetricSpec>? Metrics { get; set; }

    public HorizontalPodAutoscalerBehavior? Behavior { get; set; }
}
