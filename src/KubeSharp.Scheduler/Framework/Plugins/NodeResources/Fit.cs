using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework.Plugins.NodeResources;

/// <summary>
/// Resource requests against node allocatable (upstream's noderesources.Fit): Filter rejects nodes without
/// room ("Insufficient cpu", "Too many pods"); Score ranks by the configured strategy, LeastAllocated by
/// default over cpu and memory with weight 1 each.
/// </summary>
public sealed class Fit : IPreFilterPlugin, IPreFilterExtensions, IFilterPlugin, IPreScorePlugin, IScorePlugin, IEnqueueExtensions
{
    public const string PluginName = PluginNames.NodeResourcesFit;

    private const string PreFilterStateKey = "PreFilter" + PluginName;
    private const string PreScoreStateKey = "PreScore" + PluginName;

    private readonly HashSet<string> _ignoredResources;
    private readonly IReadOnlyList<string> _ignoredResourceGroups;
    private readonly ResourceAllocationScorer _scorer;

    public Fit(string scoringStrategy = ScoringStrategyType.LeastAllocated, IReadOnlyList<ResourceSpec>? resources = null, IEnumerable<string>? ignoredResources = null, IReadOnlyList<string>? ignoredResourceGroups = null)
    {
        _ignoredResources = new HashSet<string>(ignoredResources ?? [], StringComparer.Ordinal);
        _ignoredResourceGroups = ignoredResourceGroups ?? [];
        resources ??= [new ResourceSpec(ResourceName.CPU, 1), new ResourceSpec(ResourceName.Memory, 1)];
        _scorer = scoringStrategy switch
        {
            ScoringStrategyType.LeastAllocated => new ResourceAllocationScorer(ScoringStrategyType.LeastAllocated, resources, ResourceAllocationScorer.LeastRequestedScore),
            ScoringStrategyType.MostAllocated => new ResourceAllocationScorer(ScoringStrategyType.MostAllocated, resources, ResourceAllocationScorer.MostRequestedScore),
            _ => throw new ArgumentException($"scoring strategy {scoringStrategy} is not supported", nameof(scoringStrategy)),
        };
    }

    public string Name => PluginName;

    public IPreFilterExtensions PreFilterExtensions => this;

    public IScoreExtensions? ScoreExtensions => null;

    /// <summary>
    /// Upstream's fitsRequest: every resource the pod requests must fit in allocatable minus what is already
    /// requested, and one more pod must fit in the node's pod capacity. Reasons come in upstream's order: pods,
    /// cpu, memory, ephemeral-storage, then extended resources.
    /// </summary>
    public static List<InsufficientResource> Fits(Resource podRequest, NodeInfo nodeInfo, ISet<string>? ignoredExtendedResources = null, IReadOnlyList<string>? ignoredResourceGroups = null)
    {
        var insufficient = new List<InsufficientResource>(0);
        var allowedPodNumber = nodeInfo.Allocatable.AllowedPodNumber;
        if (nodeInfo.Pods.Count + 1 > allowedPodNumber)
        {
            insufficient.Add(new InsufficientResource(ResourceName.Pods, "Too many pods", 1, nodeInfo.Pods.Count, allowedPodNumber, false));
        }

        if (podRequest.MilliCPU == 0 && podRequest.Memory == 0 && podRequest.EphemeralStorage == 0 && !HasScalar(podRequest))
        {
            return insufficient;
        }

        var allocatable = nodeInfo.Allocatable;
        var requested = nodeInfo.Requested;
        if (podRequest.MilliCPU > 0 && podRequest.MilliCPU > allocatable.MilliCPU - requested.MilliCPU)
        {
            insufficient.Add(new InsufficientResource(ResourceName.CPU, "Insufficient cpu", podRequest.MilliCPU, requested.MilliCPU, allocatable.MilliCPU, podRequest.MilliCPU > allocatable.MilliCPU));
        }

        if (podRequest.Memory > 0 && podRequest.Memory > allocatable.Memory - requested.Memory)
        {
            insufficient.Add(new InsufficientResource(ResourceName.Memory, "Insufficient memory", podRequest.Memory, requested.Memory, allocatable.Memory, podRequest.Memory > allocatable.Memory));
        }

        if (podRequest.EphemeralStorage > 0 && podRequest.EphemeralStorage > allocatable.EphemeralStorage - requested.EphemeralStorage)
        {
            insufficient.Add(new InsufficientResource(ResourceName.EphemeralStorage, "Insufficient ephemeral-storage", podRequest.EphemeralStorage, requested.EphemeralStorage, allocatable.EphemeralStorage, podRequest.EphemeralStorage > allocatable.EphemeralStorage));
        }

        if (podRequest.ScalarResources is not null)
        {
            foreach (var (name, quantity) in podRequest.ScalarResources)
            {
                if (quantity == 0)
                {
                    continue;
                }

                // As upstream: only extended resources (vendor-domain names) can be ignored by configuration.
                if (IsExtendedResourceName(name))
                {
                    if (ignoredExtendedResources?.Contains(name) == true)
                    {
                        continue;
                    }

                    if (ignoredResourceGroups is not null && IsInIgnoredGroup(name, ignoredResourceGroups))
                    {
                        continue;
                    }
                }

                var available = allocatable.GetScalar(name);
                var used = requested.GetScalar(name);
                if (quantity > available - used)
                {
                    insufficient.Add(new InsufficientResource(name, $"Insufficient {name}", quantity, used, available, quantity > available));
                }
            }
        }

        return insufficient;
    }

    public (PreFilterResult? Result, Status? Status) PreFilter(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        state.Write(PreFilterStateKey, new PreFilterState(PodRequests.Compute(pod)));
        return (null, null);
    }

    public Status? AddPod(CycleState state, Pod podToSchedule, PodInfo podInfoToAdd, NodeInfo nodeInfo) => null;

    public Status? RemovePod(CycleState state, Pod podToSchedule, PodInfo podInfoToRemove, NodeInfo nodeInfo) => null;

    public Status? Filter(CycleState state, Pod pod, NodeInfo nodeInfo)
    {
        var podRequest = state.TryRead<PreFilterState>(PreFilterStateKey, out var s) ? s.Request : PodRequests.Compute(pod);
        if (FitsQuickly(podRequest, nodeInfo))
        {
            // The common case allocates nothing; the reasons are only built for a node that does not fit.
            return null;
        }

        var insufficient = Fits(podRequest, nodeInfo, _ignoredResources, _ignoredResourceGroups);
        if (insufficient.Count == 0)
        {
            return null;
        }

        var reasons = new string[insufficient.Count];
        var code = Code.Unschedulable;
        for (var i = 0; i < insufficient.Count; i++)
        {
            reasons[i] = insufficient[i].Reason;
            if (insufficient[i].Unresolvable)
            {
                code = Code.UnschedulableAndUnresolvable;
            }
        }

        return new Status(code, reasons);
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

    /// <summary>Upstream's hints: a deleted or shrunk assigned pod, or a new or grown node, may make room.</summary>
    public IReadOnlyList<ClusterEventWithHint> EventsToRegister() =>
    [
        new ClusterEventWithHint(new ClusterEvent(EventResource.AssignedPod, ActionType.Delete | ActionType.UpdatePodScaleDown, "AssignedPodDeleteOrScaleDown")),
        new ClusterEventWithHint(new ClusterEvent(EventResource.Node, ActionType.Add | ActionType.UpdateNodeAllocatable | ActionType.UpdateNodeTaint | ActionType.UpdateNodeLabel, "NodeAddOrChange"), IsSchedulableAfterNodeChange),
    ];

    /// <summary>Upstream's IsExtendedResourceName: a vendor-domain name outside kubernetes.io that is not a requests. quota name.</summary>
    public static bool IsExtendedResourceName(string name) =>
        name.Contains('/', StringComparison.Ordinal)
        && !name.Contains(ResourceName.DefaultNamespacePrefix, StringComparison.Ordinal)
        && !name.StartsWith(ResourceName.DefaultResourceRequestsPrefix, StringComparison.Ordinal);

    private static bool IsInIgnoredGroup(string name, IReadOnlyList<string> groups)
    {
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        var group = slash < 0 ? name : name[..slash];
        foreach (var candidate in groups)
        {
            if (candidate == group)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when cpu, memory, ephemeral storage and pod count fit and no extended resource is asked for.</summary>
    private static bool FitsQuickly(Resource podRequest, NodeInfo nodeInfo)
    {
        if (podRequest.ScalarResources is not null || nodeInfo.Pods.Count + 1 > nodeInfo.Allocatable.AllowedPodNumber)
        {
            return false;
        }

        var allocatable = nodeInfo.Allocatable;
        var requested = nodeInfo.Requested;
        return (podRequest.MilliCPU == 0 || podRequest.MilliCPU <= allocatable.MilliCPU - requested.MilliCPU)
            && (podRequest.Memory == 0 || podRequest.Memory <= allocatable.Memory - requested.Memory)
            && (podRequest.EphemeralStorage == 0 || podRequest.EphemeralStorage <= allocatable.EphemeralStorage - requested.EphemeralStorage);
    }

    private static bool HasScalar(Resource resource)
    {
        if (resource.ScalarResources is null)
        {
            return false;
        }

        foreach (var value in resource.ScalarResources.Values)
        {
            if (value != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Queue when the pod fits the new node's allocatable at all (upstream checks fit against an empty node).</summary>
    private QueueingHint IsSchedulableAfterNodeChange(Pod pod, object? oldObject, object? newObject)
    {
        if (newObject is not Node node)
        {
            return QueueingHint.Queue;
        }

        var info = new NodeInfo();
        info.SetNode(node);
        var request = PodRequests.Compute(pod);
        foreach (var insufficient in Fits(request, info, _ignoredResources, _ignoredResourceGroups))
        {
            if (insufficient.ResourceName != ResourceName.Pods)
            {
                return QueueingHint.QueueSkip;
            }
        }

        return QueueingHint.Queue;
    }

    private sealed class PreFilterState(Resource request) : IStateData
    {
        public Resource Request { get; } = request;

        public IStateData Clone() => this;
    }

    private sealed class PreScoreState(long[] podRequests) : IStateData
    {
        public long[] PodRequests { get; } = podRequests;

        public IStateData Clone() => this;
    }
}
