namespace KubeSharp.Api.Autoscaling.V2;

public sealed class ContainerResourceMetricSource : KubeModel
{
    public string Name { get; set; } = "";

    public MetricTarget Target { get; set; } = new();

    public string Container { get; set; } = "";
}
