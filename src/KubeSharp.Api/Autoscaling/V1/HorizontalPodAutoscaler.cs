namespace KubeSharp.Api.Autoscaling.V1;

/// <summary>Scales a workload on average CPU utilization (the autoscaling/v1 form; v2 has the full metric set).</summary>
[Kind("autoscaling", "v1", "HorizontalPodAutoscaler")]
public sealed class HorizontalPodAutoscaler : KubeObject
{
    public HorizontalPodAutoscalerSpec Spec { get; set; } = new();

    public HorizontalPodAutoscalerStatus Status { get; set; } = new();
}
