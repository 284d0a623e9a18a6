namespace KubeSharp.Api.Autoscaling.V2;

public sealed class ExternalMetricStatus : KubeModel
{
    public MetricIdentifier Metric { get; set; } = new();

    public MetricValueStatus Current { get; set; } = new();
}
