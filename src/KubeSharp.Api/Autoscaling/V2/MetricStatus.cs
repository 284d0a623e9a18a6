namespace KubeSharp.Api.Autoscaling.V2;

public sealed class MetricStatus : KubeModel
{
    public string Type { get; set; } = "";

    public ObjectMetricStatus? Object { get; set; }

    public PodsMetricStatus? Pods { get; set; }

    public ResourceMetricStatus? Resource { get; set; }

    public ContainerResourceMetricStatus? ContainerResource { get; set; }

    public ExternalMetricStatus? External { get; set; }
}
