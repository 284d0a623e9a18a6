using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Framework.Plugins.Helper;

namespace KubeSharp.Scheduler.Framework.Plugins.PodTopologySpread;

/// <summary>Scoring (upstream's podtopologyspread/scoring.go).</summary>
public sealed partial class PodTopologySpread : IPreScorePlugin, IScorePlugin, IScoreExtensions
{
    private const string PreScoreStateKey = "PreScore" + PluginName;

    public IScoreExtensions ScoreExtensions => this;

    public Status? PreScore(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        var allNodes = _handle.SnapshotSharedLister.List();
        if (nodes.Count == 0 || allNodes.Count == 0)
        {
            return new Status(Code.Skip);
        }

        var constraints = FilterConstraints(pod, UnsatisfiableConstraintAction.ScheduleAnyway);
        if (constraints.Count == 0)
        {
            return new Status(Code.Skip);
        }

        // System default constraints tolerate nodes without the zone label; explicit ones do not.
        var requireAllTopologies = pod.Spec.TopologySpreadConstraints is { Count: > 0 };
        var s = new PreScoreState(constraints);
        var ns = pod.Metadata.Namespace ?? "";
        var topoSize = new int[constraints.Count];
        foreach (var nodeInfo in nodes)
        {
            var node = nodeInfo.Node!;
            if (requireAllTopologies && !NodeLabelsMatchSpreadConstraints(node, constraints))
            {
                s.IgnoredNodes.Add(nodeInfo.Name);
                continue;
            }

            for (var i = 0; i < constraints.Count; i++)
            {
                var c = constraints[i];
                if (c.TopologyKey == LabelHostname)
                {
                    // Hostname domains are counted per node at Score time.
                    continue;
                }

                if (node.Metadata.Labels is { } labels && labels.TryGetValue(c.TopologyKey, out var value))
                {
                    var pair = new TopologyPair(c.TopologyKey, value);
                    if (!s.TopologyPairToPodCounts.ContainsKey(pair))
                    {
                        s.TopologyPairToPodCounts[pair] = 0;
                        topoSize[i]++;
                    }
                }
            }
        }

        for (var i = 0; i < constraints.Count; i++)
        {
            var size = constraints[i].TopologyKey == LabelHostname ? nodes.Count - s.IgnoredNodes.Count : topoSize[i];
            s.TopologyNormalizingWeight[i] = Math.Log(size + 2);
        }

        var requiredNodeAffinity = new RequiredNodeAffinity(pod);
        foreach (var nodeInfo in allNodes)
        {
            if (nodeInfo.Node is not { } node)
            {
                continue;
            }

            if (requireAllTopologies && !NodeLabelsMatchSpreadConstraints(node, constraints))
            {
                continue;
            }

            for (var i = 0; i < constraints.Count; i++)
            {
                var c = constraints[i];
                if (c.TopologyKey == LabelHostname || !MatchNodeInclusionPolicies(c, pod, node, requiredNodeAffinity))
                {
                    continue;
                }

                if (node.Metadata.Labels is not { } labels || !labels.TryGetValue(c.TopologyKey, out var value))
                {
                    continue;
                }

                var pair = new TopologyPair(c.TopologyKey, value);
                if (s.TopologyPairToPodCounts.TryGetValue(pair, out var current))
                {
                    s.TopologyPairToPodCounts[pair] = current + CountPodsMatchSelector(nodeInfo.Pods, c.Selector, ns);
                }
            }
        }

        state.Write(PreScoreStateKey, s);
        return null;
    }

    /// <summary>Matching pods per constraint domain, weighted, plus maxSkew − 1; lower is better.</summary>
    public (long Score, Status? Status) Score(CycleState state, Pod pod, NodeInfo nodeInfo)
    {
        if (!state.TryRead<PreScoreState>(PreScoreStateKey, out var s))
        {
            return (0, new Status(Code.Error, $"reading \"{PreScoreStateKey}\" from cycleState: not found"));
        }

        if (s.IgnoredNodes.Contains(nodeInfo.Name) || nodeInfo.Node?.Metadata.Labels is not { } labels)
        {
            return (0, null);
        }

        double score = 0;
        var ns = pod.Metadata.Namespace ?? "";
        for (var i = 0; i < s.Constraints.Count; i++)
        {
            var c = s.Constraints[i];
            if (!labels.TryGetValue(c.TopologyKey, out var value))
            {
                continue;
            }

            long count = c.TopologyKey == LabelHostname
                ? CountPodsMatchSelector(nodeInfo.Pods, c.Selector, ns)
                : s.TopologyPairToPodCounts.GetValueOrDefault(new TopologyPair(c.TopologyKey, value));
            score += (count * s.TopologyNormalizingWeight[i]) + (c.MaxSkew - 1);
        }

        return ((long)Math.Round(score, MidpointRounding.AwayFromZero), null);
    }

    /// <summary>Upstream's NormalizeScore: fewer matching pods score higher; ignored nodes score 0.</summary>
    public Status? NormalizeScore(CycleState state, Pod pod, Span<NodeScore> scores)
    {
        if (!state.TryRead<PreScoreState>(PreScoreStateKey, out var s))
        {
            return null;
        }

        var min = long.MaxValue;
        long max = 0;
        foreach (var score in scores)
        {
            if (s.IgnoredNodes.Contains(score.Name))
            {
                continue;
            }

            min = Math.Min(min, score.Score);
            max = Math.Max(max, score.Score);
        }

        for (var i = 0; i < scores.Length; i++)
        {
            if (s.IgnoredNodes.Contains(scores[i].Name))
            {
                scores[i].Score = 0;
                continue;
            }

            if (max == 0)
            {
                scores[i].Score = ScoreLimits.MaxNodeScore;
                continue;
            }

            scores[i].Score = ScoreLimits.MaxNodeScore * (max + min - scores[i].Score) / max;
        }

        return null;
    }

    private sealed class PreScoreState(List<SpreadConstraint> constraints) : IStateData
    {
        public List<SpreadConstraint> Constraints { get; } = constraints;

        public HashSet<string> IgnoredNodes { get; } = new(StringComparer.Ordinal);

        public Dictionary<TopologyPair, long> TopologyPairToPodCounts { get; } = [];

        public double[] TopologyNormalizingWeight { get; } = new double[constraints.Count];

        public IStateData Clone() => this;
    }
}
