namespace KubeSharp.Api.Autoscaling.V1;

/// <summary>The scale subresource of a workload: desired replicas in, observed replicas and selector out.</summary>
[Kind("autoscaling", "v1", "Scale")]
public sealed class Scale : KubeObject
{
    public ScaleSpec Spec { get; set; } = new();

    public ScaleStatus Status { get; set; } = new();
}
