using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework.Plugins.InterPodAffinity;

/// <summary>Scoring (upstream's interpodaffinity/scoring.go).</summary>
public sealed partial class InterPodAffinity : IPreScorePlugin, IScorePlugin, IScoreExtensions
{
    private const string PreScoreStateKey = "PreScore" + PluginName;

    public IScoreExtensions ScoreExtensions => this;

    public Status? PreScore(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        if (nodes.Count == 0)
        {
            return new Status(Code.Skip);
        }

        var affinity = pod.Spec.Affinity;
        var hasConstraints = affinity?.PodAffinity?.PreferredDuringSchedulingIgnoredDuringExecution is { Count: > 0 }
            || affinity?.PodAntiAffinity?.PreferredDuringSchedulingIgnoredDuringExecution is { Count: > 0 };

        // Unless the incoming pod has preferred terms, only nodes with pods that have affinity can score.
        var lister = _handle.SnapshotSharedLister;
        var allNodes = hasConstraints ? lister.List() : lister.HavePodsWithAffinityList();
        if (allNodes.Count == 0)
        {
            return new Status(Code.Skip);
        }

        var podInfo = new PodInfo(pod);
        if (podInfo.ParseError is not null)
        {
            return new Status(Code.Error, $"failed to parse pod: {podInfo.ParseError}");
        }

        var nsLabels = _handle.NamespaceLabels(pod.Metadata.Namespace ?? "");
        var topologyScore = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        foreach (var nodeInfo in allNodes)
        {
            if (nodeInfo.Node is not { } node)
            {
                continue;
            }

            var pods = hasConstraints ? nodeInfo.Pods : nodeInfo.PodsWithAffinity;
            foreach (var existing in pods)
            {
                ProcessExistingPod(podInfo, nsLabels, existing, node, topologyScore);
            }
        }

        if (topologyScore.Count == 0)
        {
            return new Status(Code.Skip);
        }

        state.Write(PreScoreStateKey, new PreScoreState(topologyScore));
        return null;
    }

    public (long Score, Status? Status) Score(CycleState state, Pod pod, NodeInfo nodeInfo)
    {
        if (!state.TryRead<PreScoreState>(PreScoreStateKey, out var s))
        {
            return (0, new Status(Code.Error, $"reading \"{PreScoreStateKey}\" from state: not found"));
        }

        long score = 0;
        if (nodeInfo.Node?.Metadata.Labels is { } labels)
        {
            foreach (var (key, values) in s.TopologyScore)
            {
                if (labels.TryGetValue(key, out var value))
                {
                    score += values.GetValueOrDefault(value);
                }
            }
        }

        return (score, null);
    }

    /// <summary>Upstream's NormalizeScore: min-max scaling to 0-100; all equal scores become 0.</summary>
    public Status? NormalizeScore(CycleState state, Pod pod, Span<NodeScore> scores)
    {
        if (!state.TryRead<PreScoreState>(PreScoreStateKey, out var s) || s.TopologyScore.Count == 0)
        {
            return null;
        }

        var min = long.MaxValue;
        var max = long.MinValue;
        foreach (var score in scores)
        {
            min = Math.Min(min, score.Score);
            max = Math.Max(max, score.Score);
        }

        var diff = max - min;
        for (var i = 0; i < scores.Length; i++)
        {
            double f = 0;
            if (diff > 0)
            {
                f = ScoreLimits.MaxNodeScore * ((double)(scores[i].Score - min) / diff);
            }

            scores[i].Score = (long)f;
        }

        return null;
    }

    private static void ProcessTerm(Dictionary<string, Dictionary<string, long>> topologyScore, AffinityTerm term, long weight, Pod pod, IReadOnlyDictionary<string, string>? nsLabels, Node node, long multiplier)
    {
        if (node.Metadata.Labels is not { } labels || !labels.TryGetValue(term.TopologyKey, out var value))
        {
            return;
        }

        if (!term.Matches(pod, nsLabels))
        {
            return;
        }

        if (!topologyScore.TryGetValue(term.TopologyKey, out var values))
        {
            values = new Dictionary<string, long>(StringComparer.Ordinal);
            topologyScore[term.TopologyKey] = values;
        }

        values[value] = values.GetValueOrDefault(value) + (weight * multiplier);
    }

    private static void ProcessTerms(Dictionary<string, Dictionary<string, long>> topologyScore, IReadOnlyList<WeightedAffinityTerm> terms, Pod pod, IReadOnlyDictionary<string, string>? nsLabels, Node node, long multiplier)
    {
        foreach (var term in terms)
        {
            ProcessTerm(topologyScore, term.Term, term.Weight, pod, nsLabels, node, multiplier);
        }
    }

    private void ProcessExistingPod(PodInfo incoming, IReadOnlyDictionary<string, string>? incomingNsLabels, PodInfo existing, Node existingNode, Dictionary<string, Dictionary<string, long>> topologyScore)
    {
        var existingNsLabels = _handle.NamespaceLabels(existing.Pod.Metadata.Namespace ?? "");

        // The incoming pod's preferences about the existing pod.
        ProcessTerms(topologyScore, incoming.PreferredAffinityTerms, existing.Pod, existingNsLabels, existingNode, 1);
        ProcessTerms(topologyScore, incoming.PreferredAntiAffinityTerms, existing.Pod, existingNsLabels, existingNode, -1);

        // The existing pod's hard affinity counts as a preference for the incoming pod (symmetry).
        if (HardPodAffinityWeight > 0)
        {
            foreach (var term in existing.RequiredAffinityTerms)
            {
                ProcessTerm(topologyScore, term, HardPodAffinityWeight, incoming.Pod, incomingNsLabels, existingNode, 1);
            }
        }

        ProcessTerms(topologyScore, existing.PreferredAffinityTerms, incoming.Pod, incomingNsLabels, existingNode, 1);
        ProcessTerms(topologyScore, existing.PreferredAntiAffinityTerms, incoming.Pod, incomingNsLabels, existingNode, -1);
    }

    private sealed class PreScoreState(Dictionary<string, Dictionary<string, long>> topologyScore) : IStateData
    {
        public Dictionary<string, Dictionary<string, long>> TopologyScore { get; } = topologyScore;

        public IStateData Clone() => this;
    }
}
