namespace KubeSharp.Api.Autoscaling.V2;

public sealed class HorizontalPodAutoscalerBehavior : KubeModel
{
    /// <summary>Defaults: the larger of +4 pods or +100% per 15s, no stabilization.</summary>
    public HPAScalingRules? ScaleUp { get; set; }

    /// <summary>Defaults: down to minReplicas, with a 300s stabilization window.</summary>
    public HPAScalingRules? ScaleDown { get; set; }
}
