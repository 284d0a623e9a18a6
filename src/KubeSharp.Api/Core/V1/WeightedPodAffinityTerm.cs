namespace KubeSharp.Api.Core.V1;

/// <summary>A preferred pod (anti-)affinity term and its weight (1-100).</summary>
public sealed class WeightedPodAffinityTerm : KubeModel
{
    public int Weight { get; set; }

    public PodAffinityTerm PodAffinityTerm { get; set; } = new();
}
