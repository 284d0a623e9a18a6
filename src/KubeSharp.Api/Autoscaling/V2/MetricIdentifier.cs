using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Autoscaling.V2;

public sealed class MetricIdentifier : KubeModel
{
    public string Name { get; set; } = "";

    public LabelSelector? Selector { get; set; }
}
