namespace KubeSharp.Api.Apps.V1;

/// <summary>Type says which strategy; RollingUpdate carries its parameters.</summary>
public sealed class DeploymentStrategy : KubeModel
{
    /// <summary>See <see cref="DeploymentStrategyType"/>; RollingUpdate when unset.</summary>
    public string? Type { get; set; }

    public RollingUpdateDeployment? RollingUpdate { get; set; }
}
