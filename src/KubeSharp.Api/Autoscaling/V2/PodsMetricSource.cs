namespace KubeSharp.Api.Autoscaling.V2;

public sealed class PodsMetricSource : KubeModel
{
    public MetricIdentifier Metric { get; set; } = new();

    public MetricTarget Target { get; set; } = new();
}
