using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Policy.V1;

public sealed class PodDisruptionBudgetStatus : KubeModel
{
    public long? ObservedGeneration { get; set; }

    /// <summary>Pods whose eviction the API server accepted but the disruption controller has not yet seen deleted.</summary>
    public Dictionary<string, DateTimeOffset>? DisruptedPods { get; set; }

    public int DisruptionsAllowed { get; set; }

    public int CurrentHealthy { get; set; }

    public int DesiredHealthy { get; set; }

    public int ExpectedPods { get; set; }

    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("type")]
    public List<Condition>? Conditions { get; set; }
}
