using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>Rules to keep a pod away from other pods.</summary>
public sealed class PodAntiAffinity : KubeModel
{
    [ListType(ListTypeAttribute.Atomic)]
    public List<PodAffinityTerm>? RequiredDuringSchedulingIgnoredDuringExecution { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<WeightedPodAffinityTerm>? PreferredDuringSchedulingIgnoredDuringExecution { get; set; }
}
