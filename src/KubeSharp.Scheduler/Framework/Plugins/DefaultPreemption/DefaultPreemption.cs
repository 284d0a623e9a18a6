using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework.Plugins.DefaultPreemption;

/// <summary>
/// Preemption (upstream's defaultpreemption plugin with its preemption.Evaluator): when no node fits, find
/// nodes where evicting lower-priority pods makes the pod fit, pick the node whose victims matter least,
/// delete them gracefully and nominate the node for the pod.
/// </summary>
/// <remarks>PodDisruptionBudgets are not consulted yet: every candidate counts zero PDB violations.</remarks>
public sealed partial class DefaultPreemption : IPostFilterPlugin
{
    public const string PluginName = PluginNames.DefaultPreemption;

    /// <summary>Upstream's message for nodes preemption cannot help.</summary>
    public const string NotHelpfulMessage = "Preemption is not helpful for scheduling";

    /// <summary>Upstream's message when a node has no lower-priority pods.</summary>
    public const string NoVictimsMessage = "No preemption victims found for incoming pod";

    /// <summary>Upstream's DisruptionTarget condition reason for preemption victims.</summary>
    public const string ReasonPreemptionByScheduler = "PreemptionByScheduler";

    private readonly IFrameworkHandle _handle;
    private readonly Random _random;

    /// <param name="minCandidateNodesPercentage">Upstream's DefaultPreemptionArgs (default 10).</param>
    /// <param name="minCandidateNodesAbsolute">Upstream's DefaultPreemptionArgs (default 100).</param>
    public DefaultPreemption(IFrameworkHandle handle, int minCandidateNodesPercentage = 10, int minCandidateNodesAbsolute = 100, Random? random = null)
    {
        _handle = handle;
        MinCandidateNodesPercentage = minCandidateNodesPercentage;
        MinCandidateNodesAbsolute = minCandidateNodesAbsolute;
        _random = random ?? new Random();
    }

    public string Name => PluginName;

    public int MinCandidateNodesPercentage { get; }

    public int MinCandidateNodesAbsolute { get; }

    public (PostFilterResult? Result, Status? Status) PostFilter(CycleState state, Pod pod, NodeToStatus filteredNodeStatus)
    {
        var (result, status) = Preempt(state, pod, filteredNodeStatus);
        var message = status?.Message ?? "";
        if (message.Length > 0)
        {
            return (result, new Status(status!.Code, "preemption: " + message));
        }

        return (result, status);
    }

    /// <summary>Upstream's PodEligibleToPreemptOthers.</summary>
    public (bool Eligible, string Message) PodEligibleToPreemptOthers(Pod pod, Status nominatedNodeStatus)
    {
        if (pod.Spec.PreemptionPolicy == PreemptionPolicy.Never)
        {
            return (false, "not eligible due to preemptionPolicy=Never.");
        }

        var nominated = pod.Status.NominatedNodeName;
        if (!string.IsNullOrEmpty(nominated))
        {
            // A nominated node that the filters now call unresolvable is reason to preempt elsewhere.
            if (nominatedNodeStatus.Code == Code.UnschedulableAndUnresolvable)
            {
                return (true, "");
            }

            if (_handle.SnapshotSharedLister.Get(nominated) is { } nodeInfo)
            {
                var priority = pod.Spec.Priority ?? 0;
                foreach (var p in nodeInfo.Pods)
                {
                    if ((p.Pod.Spec.Priority ?? 0) < priority && IsTerminatingByPreemption(p.Pod))
                    {
                        return (false, "not eligible due to a terminating pod on the nominated node.");
                    }
                }
            }
        }

        return (true, "");
    }

    /// <summary>
    /// Upstream's SelectVictimsOnNode: remove every lower-priority pod; if the pod then fits, add them back
    /// from most to least important and keep as victims only those whose return makes the pod not fit.
    /// </summary>
    public (List<Pod> Victims, int NumPDBViolations, Status? Status) SelectVictimsOnNode(CycleState state, Pod pod, NodeInfo nodeInfo)
    {
        var priority = pod.Spec.Priority ?? 0;
        var potentialVictims = new List<PodInfo>();
        foreach (var pi in nodeInfo.Pods.ToArray())
        {
            if ((pi.Pod.Spec.Priority ?? 0) < priority)
            {
                potentialVictims.Add(pi);
                nodeInfo.RemovePod(pi.Pod);
                var removeStatus = _handle.RunPreFilterExtensionRemovePod(state, pod, pi, nodeInfo);
                if (!removeStatus.IsSuccess())
                {
                    return ([], 0, removeStatus);
                }
            }
        }

        if (potentialVictims.Count == 0)
        {
            return ([], 0, new Status(Code.UnschedulableAndUnresolvable, NoVictimsMessage));
        }

        var fits = _handle.RunFilterPluginsWithNominatedPods(state, pod, nodeInfo);
        if (!fits.IsSuccess())
        {
            return ([], 0, fits);
        }

        potentialVictims.Sort((a, b) => MoreImportantPod(a.Pod, b.Pod) ? -1 : MoreImportantPod(b.Pod, a.Pod) ? 1 : 0);
        var victims = new List<Pod>();
        foreach (var pi in potentialVictims)
        {
            nodeInfo.AddPodInfo(pi);
            var addStatus = _handle.RunPreFilterExtensionAddPod(state, pod, pi, nodeInfo);
            if (!addStatus.IsSuccess())
            {
                return ([], 0, addStatus);
            }

            if (!_handle.RunFilterPluginsWithNominatedPods(state, pod, nodeInfo).IsSuccess())
            {
                nodeInfo.RemovePod(pi.Pod);
                var removeStatus = _handle.RunPreFilterExtensionRemovePod(state, pod, pi, nodeInfo);
                if (!removeStatus.IsSuccess())
                {
                    return ([], 0, removeStatus);
                }

                victims.Add(pi.Pod);
            }
        }

        return (victims, 0, null);
    }

    /// <summary>Upstream's MoreImportantPod: higher priority, then the earlier start time.</summary>
    public static bool MoreImportantPod(Pod a, Pod b)
    {
        var p1 = a.Spec.Priority ?? 0;
        var p2 = b.Spec.Priority ?? 0;
        if (p1 != p2)
        {
            return p1 > p2;
        }

        var t1 = a.Status.StartTime;
        var t2 = b.Status.StartTime;
        if (t1 is null || t2 is null)
        {
            return t1 is not null;
        }

        return t1 < t2;
    }

    /// <summary>
    /// Upstream's pickOneNodeForPreemption: fewest PDB violations, then the lowest highest-priority victim,
    /// the lowest sum of priorities, the fewest victims, the latest start among the highest-priority victims,
    /// and finally the first candidate.
    /// </summary>
    public static Candidate SelectCandidate(IReadOnlyList<Candidate> candidates)
    {
        IEnumerable<Candidate> remaining = candidates;
        remaining = MinBy(remaining, c => c.NumPDBViolations);
        remaining = MinBy(remaining, c => c.Victims.Count == 0 ? long.MinValue : c.Victims.Max(v => (long)(v.Spec.Priority ?? 0)));
        remaining = MinBy(remaining, c => c.Victims.Sum(v => (long)(v.Spec.Priority ?? 0) + int.MaxValue + 1L));
        remaining = MinBy(remaining, c => c.Victims.Count);
        remaining = MinBy(remaining, c => -EarliestStartOfHighestPriority(c.Victims));
        return remaining.First();
    }

    private static long EarliestStartOfHighestPriority(IReadOnlyList<Pod> victims)
    {
        if (victims.Count == 0)
        {
            return long.MinValue + 1;
        }

        var highest = victims.Max(v => v.Spec.Priority ?? 0);
        var earliest = long.MaxValue;
        foreach (var v in victims)
        {
            if ((v.Spec.Priority ?? 0) == highest)
            {
                earliest = Math.Min(earliest, v.Status.StartTime?.UtcTicks ?? long.MaxValue);
            }
        }

        return earliest;
    }

    private static List<Candidate> MinBy(IEnumerable<Candidate> candidates, Func<Candidate, long> key)
    {
        var list = candidates.ToList();
        var min = list.Min(key);
        return list.FindAll(c => key(c) == min);
    }

    private static bool IsTerminatingByPreemption(Pod pod) =>
        pod.Metadata.DeletionTimestamp is not null
        && pod.Status.Conditions?.Exists(c => c.Type == "DisruptionTarget" && c.Reason == ReasonPreemptionByScheduler) == true;
}
