namespace KubeSharp.Api.Autoscaling.V2;

public sealed class ResourceMetricStatus : KubeModel
{
    public string Name { get; set; } = "";

    public MetricValueStatus Current { get; set; } = new();
}
