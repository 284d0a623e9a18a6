namespace KubeSharp.Api.Autoscaling.V2;

public sealed class ResourceMetricSource : KubeModel
{
    public string Name { get; set; } = "";

    public MetricTarget Target { get; set; } = new();
}
