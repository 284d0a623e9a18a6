namespace KubeSharp.Scheduler.Framework.Plugins.NodeResources;

/// <summary>NodeResourcesFit scoring strategies (upstream's config.ScoringStrategyType).</summary>
public static class ScoringStrategyType
{
    /// <summary>Prefer nodes with more free resources (the default): spreads pods.</summary>
    public const string LeastAllocated = "LeastAllocated";

    /// <summary>Prefer nodes with fewer free resources: packs pods (bin packing).</summary>
    public const string MostAllocated = "MostAllocated";
}
