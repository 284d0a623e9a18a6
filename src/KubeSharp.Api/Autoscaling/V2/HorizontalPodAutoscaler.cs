namespace KubeSharp.Api.Autoscaling.V2;

/// <summary>Scales a workload's scale subresource on resource, pod, object and external metrics.</summary>
[Kind("autoscaling", "v2", "HorizontalPodAutoscaler")]
public sealed class HorizontalPodAutoscaler : KubeObject
{
    public HorizontalPodAutoscalerSpec Spec { get; set; } = new();

    public HorizontalPodAutoscalerStatus Status { get; set; } = new();
}
