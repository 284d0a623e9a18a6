using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>Rules to co-locate a pod with other pods.</summary>
public sealed class PodAffinity : KubeModel
{
    /// <summary>All terms must hold at scheduling time.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<PodAffinityTerm>? RequiredDuringSchedulingIgnoredDuringExecution { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<WeightedPodAffinityTerm>? PreferredDuringSchedulingIgnoredDuringExecution { get; set; }
}
