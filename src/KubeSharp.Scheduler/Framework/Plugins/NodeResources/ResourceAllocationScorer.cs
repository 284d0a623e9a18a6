using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework.Plugins.NodeResources;

/// <summary>
/// Scores a node from requested and allocatable amounts of a list of resources (upstream's
/// noderesources.resourceAllocationScorer). CPU and memory use the non-zero requests (scoring defaults
/// for containers without requests); other resources the real requests.
/// </summary>
public sealed class ResourceAllocationScorer
{
    private readonly ResourceScorer _scorer;

    public ResourceAllocationScorer(string name, IReadOnlyList<ResourceSpec> resources, ResourceScorer scorer)
    {
        Name = name;
        Resources = resources;
        _scorer = scorer;
    }

    public string Name { get; }

    public IReadOnlyList<ResourceSpec> Resources { get; }

    /// <summary>The pod's request for each configured resource, computed once per cycle.</summary>
    public long[] PodRequests(Pod pod)
    {
        var nonZero = Framework.PodRequests.ComputeNonZero(pod);
        var real = Framework.PodRequests.Compute(pod);
        var result = new long[Resources.Count];
        for (var i = 0; i < Resources.Count; i++)
        {
            var name = Resources[i].Name;
            result[i] = name is ResourceName.CPU or ResourceName.Memory ? nonZero.Get(name) : real.Get(name);
        }

        return result;
    }

    public long Score(long[] podRequests, NodeInfo nodeInfo)
    {
        Span<long> requested = stackalloc long[Resources.Count];
        Span<long> allocatable = stackalloc long[Resources.Count];
        for (var i = 0; i < Resources.Count; i++)
        {
            var name = Resources[i].Name;
            allocatable[i] = nodeInfo.Allocatable.Get(name);
            var used = name is ResourceName.CPU or ResourceName.Memory ? nodeInfo.NonZeroRequested.Get(name) : nodeInfo.Requested.Get(name);
            requested[i] = used + podRequests[i];
        }

        return _scorer(requested, allocatable, Resources);
    }

    /// <summary>Upstream's leastResourceScorer: the weighted mean of free fractions, 0-100.</summary>
    public static long LeastRequestedScore(ReadOnlySpan<long> requested, ReadOnlySpan<long> allocatable, IReadOnlyList<ResourceSpec> resources)
    {
        long nodeScore = 0;
        long weightSum = 0;
        for (var i = 0; i < requested.Length; i++)
        {
            if (allocatable[i] == 0)
            {
                continue;
            }

            var weight = resources[i].Weight;
            nodeScore += LeastRequested(requested[i], allocatable[i]) * weight;
            weightSum += weight;
        }

        return weightSum == 0 ? 0 : nodeScore / weightSum;
    }

    /// <summary>Upstream's mostResourceScorer: the weighted mean of used fractions, 0-100.</summary>
    public static long MostRequestedScore(ReadOnlySpan<long> requested, ReadOnlySpan<long> allocatable, IReadOnlyList<ResourceSpec> resources)
    {
        long nodeScore = 0;
        long weightSum = 0;
        for (var i = 0; i < requested.Length; i++)
        {
            if (allocatable[i] == 0)
            {
                continue;
            }

            var weight = resources[i].Weight;
            nodeScore += MostRequested(requested[i], allocatable[i]) * weight;
            weightSum += weight;
        }

        return weightSum == 0 ? 0 : nodeScore / weightSum;
    }

    /// <summary>(capacity - requested) * 100 / capacity; 0 when over capacity.</summary>
    public static long LeastRequested(long requested, long capacity)
    {
        if (capacity == 0 || requested > capacity)
        {
            return 0;
        }

        return (capacity - requested) * ScoreLimits.MaxNodeScore / capacity;
    }

    /// <summary>requested * 100 / capacity, with requested capped at capacity.</summary>
    public static long MostRequested(long requested, long capacity)
    {
        if (capacity == 0)
        {
            return 0;
        }

        if (requested > capacity)
        {
            requested = capacity;
        }

        return requested * ScoreLimits.MaxNodeScore / capacity;
    }
}
