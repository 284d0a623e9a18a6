namespace KubeSharp.Scheduler.Framework;

/// <summary>A preferred affinity term with its weight (upstream's framework.WeightedAffinityTerm).</summary>
public sealed record WeightedAffinityTerm(AffinityTerm Term, int Weight);
