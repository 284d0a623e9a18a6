using KubeSharp.Api.Core.V1;
using KubeSharp.Machinery.Labels;
using KubeSharp.Scheduler.Framework.Plugins.Helper;

namespace KubeSharp.Scheduler.Framework.Plugins.PodTopologySpread;

/// <summary>
/// topologySpreadConstraints (upstream's podtopologyspread plugin). Filter enforces DoNotSchedule
/// constraints: placing the pod must not make a domain exceed the global minimum by more than maxSkew
/// (the minimum counts as 0 while fewer than minDomains domains exist). Score prefers spreading for
/// ScheduleAnyway constraints, and for the system default constraints when the scheduler is given a way to
/// find the pod's owning workload selector.
/// </summary>
public sealed partial class PodTopologySpread : IPreFilterPlugin, IPreFilterExtensions, IFilterPlugin, IEnqueueExtensions
{
    public const string PluginName = PluginNames.PodTopologySpread;

    /// <summary>Upstream's ErrReasonConstraintsNotMatch.</summary>
    public const string ErrReasonConstraintsNotMatch = "node(s) didn't match pod topology spread constraints";

    /// <summary>Upstream's ErrReasonNodeLabelNotMatch.</summary>
    public const string ErrReasonNodeLabelNotMatch = ErrReasonConstraintsNotMatch + " (missing required label)";

    public const string LabelHostname = "kubernetes.io/hostname";
    public const string LabelTopologyZone = "topology.kubernetes.io/zone";

    private const string PreFilterStateKey = "PreFilter" + PluginName;

    private readonly IFrameworkHandle _handle;
    private readonly Func<Pod, Selector?>? _defaultSelector;

    /// <param name="defaultSelector">
    /// Upstream's helper.DefaultSelector (services, replication controllers, replica sets and stateful sets
    /// selecting the pod); when given, pods without constraints get the system default constraints
    /// (hostname maxSkew 3 and zone maxSkew 5, ScheduleAnyway).
    /// </param>
    public PodTopologySpread(IFrameworkHandle handle, Func<Pod, Selector?>? defaultSelector = null)
    {
        _handle = handle;
        _defaultSelector = defaultSelector;
    }

    public string Name => PluginName;

    public IPreFilterExtensions PreFilterExtensions => this;

    public (PreFilterResult? Result, Status? Status) PreFilter(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        var constraints = FilterConstraints(pod, UnsatisfiableConstraintAction.DoNotSchedule);
        if (constraints.Count == 0)
        {
            return (null, new Status(Code.Skip));
        }

        var s = new PreFilterState(constraints);
        var requiredNodeAffinity = new RequiredNodeAffinity(pod);
        var ns = pod.Metadata.Namespace ?? "";
        foreach (var nodeInfo in _handle.SnapshotSharedLister.List())
        {
            if (nodeInfo.Node is not { } node || !NodeLabelsMatchSpreadConstraints(node, constraints))
            {
                continue;
            }

            for (var i = 0; i < constraints.Count; i++)
            {
                var c = constraints[i];
                if (!MatchNodeInclusionPolicies(c, pod, node, requiredNodeAffinity))
                {
                    continue;
                }

                var value = node.Metadata.Labels![c.TopologyKey];
                var count = CountPodsMatchSelector(nodeInfo.Pods, c.Selector, ns);
                s.TpValueToMatchNum[i][value] = s.TpValueToMatchNum[i].GetValueOrDefault(value) + count;
            }
        }

        for (var i = 0; i < constraints.Count; i++)
        {
            foreach (var (value, count) in s.TpValueToMatchNum[i])
            {
                s.CriticalPaths[i].Update(value, count);
            }
        }

        state.Write(PreFilterStateKey, s);
        return (null, null);
    }

    public Status? AddPod(CycleState state, Pod podToSchedule, PodInfo podInfoToAdd, NodeInfo nodeInfo) =>
        UpdateWithPod(state, podInfoToAdd.Pod, podToSchedule, nodeInfo, 1);

    public Status? RemovePod(CycleState state, Pod podToSchedule, PodInfo podInfoToRemove, NodeInfo nodeInfo) =>
        UpdateWithPod(state, podInfoToRemove.Pod, podToSchedule, nodeInfo, -1);

    public Status? Filter(CycleState state, Pod pod, NodeInfo nodeInfo)
    {
        if (nodeInfo.Node is not { } node)
        {
            return new Status(Code.Error, "node not found");
        }

        if (!state.TryRead<PreFilterState>(PreFilterStateKey, out var s))
        {
            return new Status(Code.Error, $"reading \"{PreFilterStateKey}\" from cycleState: not found");
        }

        for (var i = 0; i < s.Constraints.Count; i++)
        {
            var c = s.Constraints[i];
            if (node.Metadata.Labels is not { } labels || !labels.TryGetValue(c.TopologyKey, out var value))
            {
                return new Status(Code.UnschedulableAndUnresolvable, ErrReasonNodeLabelNotMatch);
            }

            var selfMatchNum = c.Selector.Matches(pod.Metadata.Labels) ? 1 : 0;
            var minMatchNum = s.MinMatchNum(i, c.MinDomains);
            var matchNum = s.TpValueToMatchNum[i].GetValueOrDefault(value);
            var skew = matchNum + selfMatchNum - minMatchNum;
            if (skew > c.MaxSkew)
            {
                return new Status(Code.Unschedulable, ErrReasonConstraintsNotMatch);
            }
        }

        return null;
    }

    public IReadOnlyList<ClusterEventWithHint> EventsToRegister() =>
    [
        new ClusterEventWithHint(new ClusterEvent(EventResource.AssignedPod, ActionType.All, "AssignedPodChange"), IsSchedulableAfterPodChange),
        new ClusterEventWithHint(new ClusterEvent(EventResource.Node, ActionType.Add | ActionType.Delete | ActionType.UpdateNodeLabel | ActionType.UpdateNodeTaint, "NodeChange")),
    ];

    /// <summary>Upstream's countPodsMatchSelector: pods of the namespace, not terminating, matching the selector.</summary>
    internal static int CountPodsMatchSelector(List<PodInfo> pods, Selector selector, string ns)
    {
        var count = 0;
        foreach (var p in pods)
        {
            var meta = p.Pod.Metadata;
            if (meta.DeletionTimestamp is not null || (meta.Namespace ?? "") != ns)
            {
                continue;
            }

            if (selector.Matches(meta.Labels))
            {
                count++;
            }
        }

        return count;
    }

    internal static bool NodeLabelsMatchSpreadConstraints(Node node, IReadOnlyList<SpreadConstraint> constraints)
    {
        var labels = node.Metadata.Labels;
        foreach (var c in constraints)
        {
            if (labels is null || !labels.ContainsKey(c.TopologyKey))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Upstream's matchNodeInclusionPolicies: nodeAffinityPolicy Honor (default) and nodeTaintsPolicy Honor.</summary>
    internal static bool MatchNodeInclusionPolicies(SpreadConstraint c, Pod pod, Node node, RequiredNodeAffinity requiredNodeAffinity)
    {
        if (c.NodeAffinityPolicy == NodeInclusionPolicy.Honor && !requiredNodeAffinity.Match(node))
        {
            return false;
        }

        if (c.NodeTaintsPolicy == NodeInclusionPolicy.Honor
            && Tolerations.FindMatchingUntoleratedTaint(node.Spec.Taints, pod.Spec.Tolerations, Tolerations.IsDoNotScheduleTaint, out _))
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// The pod's constraints with the given action, parsed; matchLabelKeys add the pod's own label values to
    /// the selector (upstream merges them in the scheduler as of v1.33). Pods without any constraints get the
    /// system defaults (ScheduleAnyway only) when a default selector is known.
    /// </summary>
    internal List<SpreadConstraint> FilterConstraints(Pod pod, string action)
    {
        var result = new List<SpreadConstraint>();
        var constraints = pod.Spec.TopologySpreadConstraints;
        if (constraints is { Count: > 0 })
        {
            foreach (var c in constraints)
            {
                if (c.WhenUnsatisfiable != action)
                {
                    continue;
                }

                if (!LabelSelectors.TryToSelector(c.LabelSelector, out var selector, out _))
                {
                    continue;
                }

                if (c.MatchLabelKeys is { Count: > 0 } keys && pod.Metadata.Labels is { } podLabels)
                {
                    var extra = new List<Requirement>();
                    foreach (var key in keys)
                    {
                        if (podLabels.TryGetValue(key, out var value))
                        {
                            extra.Add(Requirement.Unchecked(key, SelectorOperator.In, value));
                        }
                    }

                    if (extra.Count > 0)
                    {
                        selector = selector.Add([.. extra]);
                    }
                }

                result.Add(new SpreadConstraint(
                    c.MaxSkew,
                    c.TopologyKey,
                    selector,
                    c.MinDomains ?? 1,
                    c.NodeAffinityPolicy ?? NodeInclusionPolicy.Honor,
                    c.NodeTaintsPolicy ?? NodeInclusionPolicy.Ignore));
            }

            return result;
        }

        if (action == UnsatisfiableConstraintAction.ScheduleAnyway && _defaultSelector?.Invoke(pod) is { } defaultSelector && !defaultSelector.IsEmpty)
        {
            result.Add(new SpreadConstraint(3, LabelHostname, defaultSelector, 1, NodeInclusionPolicy.Honor, NodeInclusionPolicy.Ignore));
            result.Add(new SpreadConstraint(5, LabelTopologyZone, defaultSelector, 1, NodeInclusionPolicy.Honor, NodeInclusionPolicy.Ignore));
        }

        return result;
    }

    /// <summary>Upstream's hint: queue when the changed pod is in the same namespace and matches a constraint's selector.</summary>
    private QueueingHint IsSchedulableAfterPodChange(Pod pod, object? oldObject, object? newObject)
    {
        if ((newObject ?? oldObject) is not Pod changed || changed.Metadata.Namespace != pod.Metadata.Namespace)
        {
            return oldObject is null && newObject is null ? QueueingHint.Queue : QueueingHint.QueueSkip;
        }

        foreach (var c in FilterConstraints(pod, UnsatisfiableConstraintAction.DoNotSchedule))
        {
            if (c.Selector.Matches(changed.Metadata.Labels) || (oldObject is Pod old && c.Selector.Matches(old.Metadata.Labels)))
            {
                return QueueingHint.Queue;
            }
        }

        return QueueingHint.QueueSkip;
    }

    private Status? UpdateWithPod(CycleState state, Pod updated, Pod preemptor, NodeInfo nodeInfo, int delta)
    {
        if (!state.TryRead<PreFilterState>(PreFilterStateKey, out var s))
        {
            return new Status(Code.Error, $"reading \"{PreFilterStateKey}\" from cycleState: not found");
        }

        if (nodeInfo.Node is not { } node || updated.Metadata.Namespace != preemptor.Metadata.Namespace
            || !NodeLabelsMatchSpreadConstraints(node, s.Constraints))
        {
            return null;
        }

        var requiredNodeAffinity = new RequiredNodeAffinity(preemptor);
        for (var i = 0; i < s.Constraints.Count; i++)
        {
            var c = s.Constraints[i];
            if (!MatchNodeInclusionPolicies(c, preemptor, node, requiredNodeAffinity) || !c.Selector.Matches(updated.Metadata.Labels))
            {
                continue;
            }

            var value = node.Metadata.Labels![c.TopologyKey];
            var count = s.TpValueToMatchNum[i].GetValueOrDefault(value) + delta;
            s.TpValueToMatchNum[i][value] = count;
            s.CriticalPaths[i].Update(value, count);
        }

        return null;
    }

    private sealed class PreFilterState : IStateData
    {
        public PreFilterState(List<SpreadConstraint> constraints)
        {
            Constraints = constraints;
            TpValueToMatchNum = new Dictionary<string, int>[constraints.Count];
            CriticalPaths = new CriticalPaths[constraints.Count];
            for (var i = 0; i < constraints.Count; i++)
            {
                TpValueToMatchNum[i] = new Dictionary<string, int>(StringComparer.Ordinal);
                CriticalPaths[i] = new CriticalPaths();
            }
        }

        public List<SpreadConstraint> Constraints { get; }

        public Dictionary<string, int>[] TpValueToMatchNum { get; private init; }

        public CriticalPaths[] CriticalPaths { get; private init; }

        /// <summary>Upstream's minMatchNum: 0 while fewer than minDomains domains exist.</summary>
        public int MinMatchNum(int constraintIndex, int minDomains)
        {
            if (TpValueToMatchNum[constraintIndex].Count < minDomains)
            {
                return 0;
            }

            return CriticalPaths[constraintIndex].MinMatchNum;
        }

        public IStateData Clone()
        {
            var copy = new PreFilterState(Constraints);
            for (var i = 0; i < Constraints.Count; i++)
            {
                copy.TpValueToMatchNum[i] = new Dictionary<string, int>(TpValueToMatchNum[i], StringComparer.Ordinal);
                copy.CriticalPaths[i] = CriticalPaths[i].Clone();
            }

            return copy;
        }
    }
}
