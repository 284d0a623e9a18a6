using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Policy.V1;

public sealed class PodDisruptionBudgetSpec : KubeModel
{
    /// <summary>A count or a percentage ("100%" blocks every eviction); exclusive with MaxUnavailable.</summary>
    public IntOrString? MinAvailable { get; set; }

    /// <summary>Null selects no pods; {} selects every pod in the namespace.</summary>
    [PatchStrategy("replace")]
    public LabelSelector? Selector { get; set; }

    public IntOrString? MaxUnavailable { get; set; }

    /// <summary>See <see cref="UnhealthyPodEvictionPolicyType"/>; IfHealthyBudget when unset.</summary>
    public string? UnhealthyPodEvictionPolicy { get; set; }
}
