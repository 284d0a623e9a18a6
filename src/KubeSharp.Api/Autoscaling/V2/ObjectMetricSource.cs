namespace KubeSharp.Api.Autoscaling.V2;

public sealed class ObjectMetricSource : KubeModel
{
    public CrossVersionObjectReference DescribedObject { get; set; } = new();

    public MetricTarget Target { get; set; } = new();

    public MetricIdentifier Metric { get; set; } = new();
}
