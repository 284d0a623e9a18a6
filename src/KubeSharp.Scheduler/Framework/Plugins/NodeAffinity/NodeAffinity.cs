using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Framework.Plugins.Helper;

namespace KubeSharp.Scheduler.Framework.Plugins.NodeAffinity;

/// <summary>
/// spec.nodeSelector and node affinity (upstream's nodeaffinity plugin): Filter enforces the required terms
/// (and the profile's addedAffinity), Score sums the weights of matching preferred terms.
/// </summary>
public sealed class NodeAffinity : IPreFilterPlugin, IFilterPlugin, IPreScorePlugin, IScorePlugin, IScoreExtensions, IEnqueueExtensions
{
    public const string PluginName = PluginNames.NodeAffinity;

    /// <summary>Upstream's ErrReasonPod.</summary>
    public const string ErrReasonPod = "node(s) didn't match Pod's node affinity/selector";

    /// <summary>Upstream's ErrReasonEnforced (the profile's addedAffinity).</summary>
    public const string ErrReasonEnforced = "node(s) didn't match scheduler-enforced node affinity";

    /// <summary>Upstream's errReasonConflict.</summary>
    public const string ErrReasonConflict = "pod affinity terms conflict";

    private const string PreFilterStateKey = "PreFilter" + PluginName;
    private const string PreScoreStateKey = "PreScore" + PluginName;
    private const string NodeNameField = "metadata.name";

    private readonly NodeSelectorMatcher? _addedNodeSelector;

    /// <param name="addedAffinity">Upstream's NodeAffinityArgs.addedAffinity: required terms every pod of the profile must also match.</param>
    public NodeAffinity(Api.Core.V1.NodeAffinity? addedAffinity = null)
    {
        if (addedAffinity?.RequiredDuringSchedulingIgnoredDuringExecution is { } required)
        {
            _addedNodeSelector = new NodeSelectorMatcher(required);
        }
    }

    public string Name => PluginName;

    public IPreFilterExtensions? PreFilterExtensions => null;

    public IScoreExtensions ScoreExtensions => this;

    /// <summary>
    /// Parses the pod's required affinity once. When every required term pins metadata.name with In, the
    /// result narrows Filter to those nodes (upstream's PreFilterResult from matchFields).
    /// </summary>
    public (PreFilterResult? Result, Status? Status) PreFilter(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        var affinity = pod.Spec.Affinity?.NodeAffinity;
        var noNodeAffinity = affinity?.RequiredDuringSchedulingIgnoredDuringExecution is null;
        if (noNodeAffinity && _addedNodeSelector is null && pod.Spec.NodeSelector is not { Count: > 0 })
        {
            return (null, new Status(Code.Skip));
        }

        var required = new RequiredNodeAffinity(pod);
        state.Write(PreFilterStateKey, new PreFilterState(required));
        if (noNodeAffinity)
        {
            return (null, null);
        }

        // Only the metadata.name In requirements of every term can narrow the nodes.
        var terms = affinity!.RequiredDuringSchedulingIgnoredDuringExecution!.NodeSelectorTerms;
        HashSet<string>? nodeNames = null;
        foreach (var term in terms)
        {
            HashSet<string>? termNodeNames = null;
            foreach (var field in term.MatchFields ?? [])
            {
                if (field.Key == NodeNameField && field.Operator == NodeSelectorOperator.In && field.Values is { Count: > 0 })
                {
                    var values = new HashSet<string>(field.Values, StringComparer.Ordinal);
                    if (termNodeNames is null)
                    {
                        termNodeNames = values;
                    }
                    else
                    {
                        termNodeNames.IntersectWith(values);
                    }
                }
            }

            if (termNodeNames is null)
            {
                // This term accepts nodes by label: no narrowing is possible.
                return (null, null);
            }

            if (nodeNames is null)
            {
                nodeNames = termNodeNames;
            }
            else
            {
                nodeNames.UnionWith(termNodeNames);
            }
        }

        if (nodeNames is null)
        {
            return (null, null);
        }

        if (nodeNames.Count == 0)
        {
            return (null, new Status(Code.UnschedulableAndUnresolvable, ErrReasonConflict));
        }

        return (new PreFilterResult(nodeNames), null);
    }

    public Status? Filter(CycleState state, Pod pod, NodeInfo nodeInfo)
    {
        if (nodeInfo.Node is not { } node)
        {
            return new Status(Code.Error, "node not found");
        }

        if (_addedNodeSelector is not null && !_addedNodeSelector.Match(node))
        {
            return new Status(Code.UnschedulableAndUnresolvable, ErrReasonEnforced);
        }

        var required = state.TryRead<PreFilterState>(PreFilterStateKey, out var s) ? s.Required : new RequiredNodeAffinity(pod);
        return required.Match(node) ? null : new Status(Code.UnschedulableAndUnresolvable, ErrReasonPod);
    }

    public Status? PreScore(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        var preferred = pod.Spec.Affinity?.NodeAffinity?.PreferredDuringSchedulingIgnoredDuringExecution;
        if (preferred is not { Count: > 0 })
        {
            return new Status(Code.Skip);
        }

        var terms = new List<(NodeSelectorMatcher Matcher, int Weight)>(preferred.Count);
        foreach (var term in preferred)
        {
            // As upstream: a zero weight term is ignored.
            if (term.Weight != 0)
            {
                terms.Add((NodeSelectorMatcher.ForTerm(term.Preference), term.Weight));
            }
        }

        state.Write(PreScoreStateKey, new PreScoreState(terms));
        return null;
    }

    public (long Score, Status? Status) Score(CycleState state, Pod pod, NodeInfo nodeInfo)
    {
        if (nodeInfo.Node is not { } node)
        {
            return (0, new Status(Code.Error, "node not found"));
        }

        if (!state.TryRead<PreScoreState>(PreScoreStateKey, out var s))
        {
            return (0, null);
        }

        long count = 0;
        foreach (var (matcher, weight) in s.Preferred)
        {
            if (matcher.Match(node))
            {
                count += weight;
            }
        }

        return (count, null);
    }

    public Status? NormalizeScore(CycleState state, Pod pod, Span<NodeScore> scores)
    {
        Helper.NormalizeScore.Default(ScoreLimits.MaxNodeScore, false, scores);
        return null;
    }

    public IReadOnlyList<ClusterEventWithHint> EventsToRegister() =>
    [
        new ClusterEventWithHint(new ClusterEvent(EventResource.Node, ActionType.Add | ActionType.UpdateNodeLabel, "NodeAddOrLabelChange"), IsSchedulableAfterNodeChange),
    ];

    /// <summary>Upstream's hint: queue when the added or changed node now matches the pod's required affinity.</summary>
    private QueueingHint IsSchedulableAfterNodeChange(Pod pod, object? oldObject, object? newObject)
    {
        if (newObject is not Node node)
        {
            return QueueingHint.Queue;
        }

        if (_addedNodeSelector is not null && !_addedNodeSelector.Match(node))
        {
            return QueueingHint.QueueSkip;
        }

        if (!new RequiredNodeAffinity(pod).Match(node))
        {
            return QueueingHint.QueueSkip;
        }

        // A node that already matched before the update cannot newly help.
        if (oldObject is Node oldNode && new RequiredNodeAffinity(pod).Match(oldNode))
        {
            return QueueingHint.QueueSkip;
        }

        return QueueingHint.Queue;
    }

    private sealed class PreFilterState(RequiredNodeAffinity required) : IStateData
    {
        public RequiredNodeAffinity Required { get; } = required;

        public IStateData Clone() => this;
    }

    private sealed class PreScoreState(List<(NodeSelectorMatcher Matcher, int Weight)> preferred) : IStateData
    {
        public List<(NodeSelectorMatcher Matcher, int Weight)> Preferred { get; } = preferred;

        public IStateData Clone() => this;
    }
}
