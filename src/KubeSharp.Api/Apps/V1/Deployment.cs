namespace KubeSharp.Api.Apps.V1;

/// <summary>Declarative updates for pods: a Deployment rolls its pod template out through ReplicaSets.</summary>
[Kind("apps", "v1", "Deployment")]
public sealed class Deployment : KubeObject
{
    public DeploymentSpec Spec { get; set; } = new();

    public DeploymentStatus Status { get; set; } = new();
}
