namespace KubeSharp.Api.Autoscaling.V2;

public sealed class ContainerResourceMetricStatus : KubeModel
{
    public string Name { get; set; } = "";

    public MetricValueStatus Current { get; set; } = new();

    public string Container { get; set; } = "";
}
