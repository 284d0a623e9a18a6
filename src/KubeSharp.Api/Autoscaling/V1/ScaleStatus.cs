namespace KubeSharp.Api.Autoscaling.V1;

public sealed class ScaleStatus : KubeModel
{
    public int Replicas { get; set; }

    /// <summary>The pod selector in query-parameter form, e.g. "app=web,tier in (fe)".</summary>
    public string? Selector { get; set; }
}
