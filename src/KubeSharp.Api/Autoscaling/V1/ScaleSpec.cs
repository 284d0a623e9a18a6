namespace KubeSharp.Api.Autoscaling.V1;

public sealed class ScaleSpec : KubeModel
{
    public int? Replicas { get; set; }
}
