using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework.Plugins.InterPodAffinity;

/// <summary>
/// Pod affinity and anti-affinity (upstream's interpodaffinity plugin). Filter enforces the incoming pod's
/// required terms and the required anti-affinity of pods already placed; Score sums preferred terms of both
/// sides per topology domain (and existing pods' required affinity with the hard-affinity weight).
/// </summary>
public sealed partial class InterPodAffinity : IPreFilterPlugin, IPreFilterExtensions, IFilterPlugin, IEnqueueExtensions
{
    public const string PluginName = PluginNames.InterPodAffinity;

    /// <summary>Upstream's ErrReasonExistingAntiAffinityRulesNotMatch.</summary>
    public const string ErrReasonExistingAntiAffinityRulesNotMatch = "node(s) didn't satisfy existing pods anti-affinity rules";

    /// <summary>Upstream's ErrReasonAffinityRulesNotMatch.</summary>
    public const string ErrReasonAffinityRulesNotMatch = "node(s) didn't match pod affinity rules";

    /// <summary>Upstream's ErrReasonAntiAffinityRulesNotMatch.</summary>
    public const string ErrReasonAntiAffinityRulesNotMatch = "node(s) didn't match pod anti-affinity rules";

    private const string PreFilterStateKey = "PreFilter" + PluginName;

    private readonly IFrameworkHandle _handle;

    /// <param name="hardPodAffinityWeight">Upstream's InterPodAffinityArgs.hardPodAffinityWeight (default 1).</param>
    public InterPodAffinity(IFrameworkHandle handle, int hardPodAffinityWeight = 1)
    {
        _handle = handle;
        HardPodAffinityWeight = hardPodAffinityWeight;
    }

    public string Name => PluginName;

    public int HardPodAffinityWeight { get; }

    public IPreFilterExtensions PreFilterExtensions => this;

    public (PreFilterResult? Result, Status? Status) PreFilter(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        var podInfo = new PodInfo(pod);
        if (podInfo.ParseError is not null)
        {
            return (null, new Status(Code.UnschedulableAndUnresolvable, $"parsing pod: {podInfo.ParseError}"));
        }

        var lister = _handle.SnapshotSharedLister;
        var withAntiAffinity = lister.HavePodsWithRequiredAntiAffinityList();
        if (podInfo.RequiredAffinityTerms.Count == 0 && podInfo.RequiredAntiAffinityTerms.Count == 0 && withAntiAffinity.Count == 0)
        {
            return (null, new Status(Code.Skip));
        }

        var s = new PreFilterState(podInfo, _handle.NamespaceLabels(pod.Metadata.Namespace ?? ""));
        foreach (var nodeInfo in withAntiAffinity)
        {
            if (nodeInfo.Node is not { } node)
            {
                continue;
            }

            foreach (var existing in nodeInfo.PodsWithRequiredAntiAffinity)
            {
                foreach (var term in existing.RequiredAntiAffinityTerms)
                {
                    if (term.Matches(pod, s.NamespaceLabels))
                    {
                        s.ExistingAntiAffinityCounts.Update(node, term.TopologyKey, 1);
                    }
                }
            }
        }

        if (podInfo.RequiredAffinityTerms.Count > 0 || podInfo.RequiredAntiAffinityTerms.Count > 0)
        {
            foreach (var nodeInfo in lister.List())
            {
                if (nodeInfo.Node is not { } node)
                {
                    continue;
                }

                foreach (var existing in nodeInfo.Pods)
                {
                    var nsLabels = _handle.NamespaceLabels(existing.Pod.Metadata.Namespace ?? "");
                    s.AffinityCounts.UpdateWithAffinityTerms(podInfo.RequiredAffinityTerms, existing.Pod, nsLabels, node, 1);
                    s.AntiAffinityCounts.UpdateWithAntiAffinityTerms(podInfo.RequiredAntiAffinityTerms, existing.Pod, nsLabels, node, 1);
                }
            }
        }

        if (s.ExistingAntiAffinityCounts.Count == 0 && podInfo.RequiredAffinityTerms.Count == 0 && podInfo.RequiredAntiAffinityTerms.Count == 0)
        {
            return (null, new Status(Code.Skip));
        }

        state.Write(PreFilterStateKey, s);
        return (null, null);
    }

    public Status? AddPod(CycleState state, Pod podToSchedule, PodInfo podInfoToAdd, NodeInfo nodeInfo) =>
        UpdateWithPod(state, podInfoToAdd, nodeInfo, 1);

    public Status? RemovePod(CycleState state, Pod podToSchedule, PodInfo podInfoToRemove, NodeInfo nodeInfo) =>
        UpdateWithPod(state, podInfoToRemove, nodeInfo, -1);

    public Status? Filter(CycleState state, Pod pod, NodeInfo nodeInfo)
    {
        if (!state.TryRead<PreFilterState>(PreFilterStateKey, out var s))
        {
            return new Status(Code.Error, $"reading \"{PreFilterStateKey}\" from state: not found");
        }

        if (nodeInfo.Node is not { } node)
        {
            return new Status(Code.Error, "node not found");
        }

        if (!SatisfyPodAffinity(s, node))
        {
            return new Status(Code.UnschedulableAndUnresolvable, ErrReasonAffinityRulesNotMatch);
        }

        if (!SatisfyPodAntiAffinity(s, node))
        {
            return new Status(Code.Unschedulable, ErrReasonAntiAffinityRulesNotMatch);
        }

        if (!SatisfyExistingPodsAntiAffinity(s, node))
        {
            return new Status(Code.Unschedulable, ErrReasonExistingAntiAffinityRulesNotMatch);
        }

        return null;
    }

    public IReadOnlyList<ClusterEventWithHint> EventsToRegister() =>
    [
        new ClusterEventWithHint(new ClusterEvent(EventResource.AssignedPod, ActionType.All, "AssignedPodChange"), IsSchedulableAfterPodChange),
        new ClusterEventWithHint(new ClusterEvent(EventResource.Node, ActionType.Add | ActionType.UpdateNodeLabel, "NodeAddOrLabelChange")),
    ];

    /// <summary>Upstream's satisfyPodAffinity, including the first-pod-of-a-group exception.</summary>
    private static bool SatisfyPodAffinity(PreFilterState s, Node node)
    {
        var podsExist = true;
        foreach (var term in s.PodInfo.RequiredAffinityTerms)
        {
            if (node.Metadata.Labels is { } labels && labels.TryGetValue(term.TopologyKey, out var value))
            {
                if (s.AffinityCounts.GetValueOrDefault(new Helper.TopologyPair(term.TopologyKey, value)) <= 0)
                {
                    podsExist = false;
                }
            }
            else
            {
                // The node lacks the topology key: it cannot satisfy this term at all.
                return false;
            }
        }

        if (!podsExist)
        {
            // No pod in the cluster matches yet: a pod matching its own terms may start the group anywhere.
            if (s.AffinityCounts.Count == 0
                && TopologyToMatchedTermCount.PodMatchesAllAffinityTerms(s.PodInfo.RequiredAffinityTerms, s.PodInfo.Pod, s.NamespaceLabels))
            {
                return true;
            }

            return false;
        }

        return true;
    }

    private static bool SatisfyPodAntiAffinity(PreFilterState s, Node node)
    {
        if (s.AntiAffinityCounts.Count == 0)
        {
            return true;
        }

        foreach (var term in s.PodInfo.RequiredAntiAffinityTerms)
        {
            if (node.Metadata.Labels is { } labels && labels.TryGetValue(term.TopologyKey, out var value)
                && s.AntiAffinityCounts.GetValueOrDefault(new Helper.TopologyPair(term.TopologyKey, value)) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SatisfyExistingPodsAntiAffinity(PreFilterState s, Node node)
    {
        if (s.ExistingAntiAffinityCounts.Count == 0 || node.Metadata.Labels is not { } labels)
        {
            return true;
        }

        foreach (var (key, value) in labels)
        {
            if (s.ExistingAntiAffinityCounts.GetValueOrDefault(new Helper.TopologyPair(key, value)) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Upstream's hint: queue when the changed pod matches one of the pod's terms, or carries required anti-affinity.</summary>
    private QueueingHint IsSchedulableAfterPodChange(Pod pod, object? oldObject, object? newObject)
    {
        var changed = (newObject ?? oldObject) as Pod;
        if (changed is null)
        {
            return QueueingHint.Queue;
        }

        var podInfo = new PodInfo(pod);
        var nsLabels = _handle.NamespaceLabels(changed.Metadata.Namespace ?? "");
        foreach (var term in podInfo.RequiredAffinityTerms)
        {
            if (term.Matches(changed, nsLabels))
            {
                return QueueingHint.Queue;
            }
        }

        foreach (var term in podInfo.RequiredAntiAffinityTerms)
        {
            if (term.Matches(changed, nsLabels))
            {
                return QueueingHint.Queue;
            }
        }

        return changed.Spec.Affinity?.PodAntiAffinity?.RequiredDuringSchedulingIgnoredDuringExecution is { Count: > 0 }
            ? QueueingHint.Queue
            : QueueingHint.QueueSkip;
    }

    private Status? UpdateWithPod(CycleState state, PodInfo podInfo, NodeInfo nodeInfo, long multiplier)
    {
        if (!state.TryRead<PreFilterState>(PreFilterStateKey, out var s))
        {
            return new Status(Code.Error, $"reading \"{PreFilterStateKey}\" from state: not found");
        }

        if (nodeInfo.Node is not { } node)
        {
            return null;
        }

        foreach (var term in podInfo.RequiredAntiAffinityTerms)
        {
            if (term.Matches(s.PodInfo.Pod, s.NamespaceLabels))
            {
                s.ExistingAntiAffinityCounts.Update(node, term.TopologyKey, multiplier);
            }
        }

        var nsLabels = _handle.NamespaceLabels(podInfo.Pod.Metadata.Namespace ?? "");
        s.AffinityCounts.UpdateWithAffinityTerms(s.PodInfo.RequiredAffinityTerms, podInfo.Pod, nsLabels, node, multiplier);
        s.AntiAffinityCounts.UpdateWithAntiAffinityTerms(s.PodInfo.RequiredAntiAffinityTerms, podInfo.Pod, nsLabels, node, multiplier);
        return null;
    }

    private sealed class PreFilterState(PodInfo podInfo, IReadOnlyDictionary<string, string>? namespaceLabels) : IStateData
    {
        public PodInfo PodInfo { get; } = podInfo;

        public IReadOnlyDictionary<string, string>? NamespaceLabels { get; } = namespaceLabels;

        public TopologyToMatchedTermCount ExistingAntiAffinityCounts { get; private init; } = new();

        public TopologyToMatchedTermCount AffinityCounts { get; private init; } = new();

        public TopologyToMatchedTermCount AntiAffinityCounts { get; private init; } = new();

        public IStateData Clone() => new PreFilterState(PodInfo, NamespaceLabels)
        {
            ExistingAntiAffinityCounts = ExistingAntiAffinityCounts.Clone(),
            AffinityCounts = AffinityCounts.Clone(),
            AntiAffinityCounts = AntiAffinityCounts.Clone(),
        };
    }
}
