namespace KubeSharp.Api.Metrics.V1Beta1;

public sealed class ContainerMetrics : KubeModel
{
    public string Name { get; set; } = "";

    public Dictionary<string, Quantity> Usage { get; set; } = [];
}
