namespace KubeSharp.Scheduler.Framework.Plugins.NodeResources;

/// <summary>Turns requested and allocatable amounts (one per configured resource) into a 0-100 node score.</summary>
public delegate long ResourceScorer(ReadOnlySpan<long> requested, ReadOnlySpan<long> allocatable, IReadOnlyList<ResourceSpec> resources);
