namespace KubeSharp.Api.Apps.V1;

public sealed class StatefulSetUpdateStrategy : KubeModel
{
    /// <summary>See <see cref="StatefulSetUpdateStrategyType"/>; RollingUpdate when unset.</summary>
    public string? Type { get; set; }

    public RollingUpdateStatefulSetStrategy? RollingUpdate { get; set; }
}
