using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Autoscaling.V2;

/// <summary>Rate limits and stabilization for one scaling direction.</summary>
public sealed class HPAScalingRules : KubeModel
{
    public int? StabilizationWindowSeconds { get; set; }

    /// <summary>See <see cref="ScalingPolicySelect"/>; Max when unset.</summary>
    public string? SelectPolicy { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<HPAScalingPolicy>? Policies { get; set; }

    /// <summary>Ratio of current to desired metric within which nothing changes (cluster default 10%).</summary>
    public Quantity? Tolerance { get; set; }
}
