using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework.Plugins.NodeResources;

/// <summary>
/// Prefers nodes whose resource usage stays balanced across resources after placing the pod (upstream's
/// noderesources.BalancedAllocation): 100 × (1 − the standard deviation of the used fractions).
/// </summary>
public sealed class BalancedAllocation : IPreScorePlugin, IScorePlugin
{
    public const string PluginName = PluginNames.NodeResourcesBalancedAllocation;

    private const string PreScoreStateKey = "PreScore" + PluginName;

    private readonly ResourceAllocationScorer _scorer;

    public BalancedAllocation(IReadOnlyList<ResourceSpec>? resources = null)
    {
        resources ??= [new ResourceSpec(ResourceName.CPU, 1), new ResourceSpec(ResourceName.Memory, 1)];
        _scorer = new ResourceAllocationScorer(PluginName, resources, BalancedResourceScore);
    }

    public string Name => PluginName;

    public IScoreExtensions? ScoreExtensions => null;

    /// <summary>Upstream's balancedResourceScorer.</summary>
    public static long BalancedResourceScore(ReadOnlySpan<long> requested, ReadOnlySpan<long> allocatable, IReadOnlyList<ResourceSpec> resources)
    {
        Span<double> fractions = stackalloc double[requested.Length];
        var count = 0;
        double total = 0;
        for (var i = 0; i < requested.Length; i++)
        {
            if (allocatable[i] == 0)
            {
                continue;
            }

            var fraction = (double)requested[i] / allocatable[i];
            if (fraction > 1)
            {
                fraction = 1;
            }

            total += fraction;
            fractions[count++] = fraction;
        }

        double std = 0;
        if (count == 2)
        {
            std = Math.Abs((fractions[0] - fractions[1]) / 2);
        }
        else if (count > 2)
        {
            var mean = total / count;
            double sum = 0;
            for (var i = 0; i < count; i++)
            {
                sum += (fractions[i] - mean) * (fractions[i] - mean);
            }

            std = Math.Sqrt(sum / count);
        }

        return (long)((1 - std) * ScoreLimits.MaxNodeScore);
    }

    public Status? PreScore(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        state.Write(PreScoreStateKey, new PreScoreState(_scorer.PodRequests(pod)));
        return null;
    }

    public (long Score, Status? Status) Score(CycleState state, Pod pod, NodeInfo nodeInfo)
    {
        if (nodeInfo.Node is null)
        {
            return (0, new Status(Code.Error, "node not found"));
        }

        var podRequests = state.TryRead<PreScoreState>(PreScoreStateKey, out var s) ? s.PodRequests : _scorer.PodRequests(pod);
        return (_scorer.Score(podRequests, nodeInfo), null);
    }

    private sealed class PreScoreState(long[] podRequests) : IStateData
    {
        public long[] PodRequests { get; } = podRequests;

        public IStateData Clone() => this;
    }
}
