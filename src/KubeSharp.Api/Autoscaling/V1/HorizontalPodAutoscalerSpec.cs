namespace KubeSharp.Api.Autoscaling.V1;

public sealed class HorizontalPodAutoscalerSpec : KubeModel
{
    public CrossVersionObjectReference ScaleTargetRef { get; set; } = new();

    /// <summary>Defaults to 1.</summary>
    public int? MinReplicas { get; set; }

    public int MaxReplicas { get; set; }

    public int? TargetCPUUtilizationPercentage { get; set; }
}
