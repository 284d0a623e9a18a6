namespace KubeSharp.Api.Autoscaling.V2;

/// <summary>Type names the one source field that is set; see <see cref="MetricSourceType"/>.</summary>
public sealed class MetricSpec : KubeModel
{
    public string Type { get; set; } = "";

    public ObjectMetricSource? Object { get; set; }

    public PodsMetricSource? Pods { get; set; }

    public ResourceMetricSource? Resource { get; set; }

    public ContainerResourceMetricSource? ContainerResource { get; set; }

    public ExternalMetricSource? External { get; set; }
}
