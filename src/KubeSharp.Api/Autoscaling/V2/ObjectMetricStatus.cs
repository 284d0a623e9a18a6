namespace KubeSharp.Api.Autoscaling.V2;

public sealed class ObjectMetricStatus : KubeModel
{
    public MetricIdentifier Metric { get; set; } = new();

    public MetricValueStatus Current { get; set; } = new();

    public CrossVersionObjectReference DescribedObject { get; set; } = new();
}
