namespace KubeSharp.Api.Apps.V1;

public sealed class DaemonSetUpdateStrategy : KubeModel
{
    /// <summary>See <see cref="DaemonSetUpdateStrategyType"/>; RollingUpdate when unset.</summary>
    public string? Type { get; set; }

    public RollingUpdateDaemonSet? RollingUpdate { get; set; }
}
