using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework.Plugins.DefaultPreemption;

/// <summary>The preemption flow (upstream's preemption.Evaluator.Preempt).</summary>
public sealed partial class DefaultPreemption
{
    private (PostFilterResult? Result, Status? Status) Preempt(CycleState state, Pod pod, NodeToStatus m)
    {
        var nominatedStatus = m.Get(pod.Status.NominatedNodeName ?? "");
        var (eligible, message) = PodEligibleToPreemptOthers(pod, nominatedStatus);
        if (!eligible)
        {
            return (null, new Status(Code.Unschedulable, message));
        }

        var allNodes = _handle.SnapshotSharedLister.List();
        if (allNodes.Count == 0)
        {
            return (null, new Status(Code.Error, "no nodes available"));
        }

        var (candidates, nodeStatuses) = FindCandidates(state, pod, allNodes, m);
        if (candidates.Count == 0)
        {
            nodeStatuses.AbsentNodesStatus = new Status(Code.UnschedulableAndUnresolvable, NotHelpfulMessage);
            var diagnosis = new Diagnosis { NodeToStatus = nodeStatuses };
            var fitError = new FitError(pod, allNodes.Count, diagnosis);

            // Clear a nomination that no longer holds.
            return (PostFilterResult.WithNominatedNode(""), new Status(Code.Unschedulable, fitError.Message));
        }

        var best = SelectCandidate(candidates);
        var prepare = PrepareCandidate(best, pod);
        if (!prepare.IsSuccess())
        {
            return (null, prepare);
        }

        return (PostFilterResult.WithNominatedNode(best.Name), null);
    }

    /// <summary>Upstream's findCandidates with nodesWherePreemptionMightHelp and DryRunPreemption.</summary>
    private (List<Candidate> Candidates, NodeToStatus Statuses) FindCandidates(CycleState state, Pod pod, IReadOnlyList<NodeInfo> allNodes, NodeToStatus m)
    {
        var statuses = new NodeToStatus();
        var potential = new List<NodeInfo>();
        foreach (var node in allNodes)
        {
            if (m.Get(node.Name).Code == Code.UnschedulableAndUnresolvable)
            {
                statuses.Set(node.Name, new Status(Code.UnschedulableAndUnresolvable, NotHelpfulMessage));
                continue;
            }

            potential.Add(node);
        }

        var candidates = new List<Candidate>();
        if (potential.Count == 0)
        {
            return (candidates, statuses);
        }

        // Upstream's GetOffsetAndNumCandidates: a random start, at least 100 nodes or 10%.
        var numCandidates = Math.Max(potential.Count * MinCandidateNodesPercentage / 100, MinCandidateNodesAbsolute);
        numCandidates = Math.Min(numCandidates, potential.Count);
        var offset = _random.Next(potential.Count);
        for (var i = 0; i < potential.Count && candidates.Count < numCandidates; i++)
        {
            var nodeInfo = potential[(offset + i) % potential.Count];
            var stateCopy = state.Clone();
            var nodeCopy = nodeInfo.Snapshot();
            var (victims, violations, status) = SelectVictimsOnNode(stateCopy, pod, nodeCopy);
            if (status.IsSuccess() && victims.Count > 0)
            {
                candidates.Add(new Candidate(nodeInfo.Name, victims, violations));
                continue;
            }

            if (status.IsSuccess())
            {
                status = new Status(Code.Error, $"expected at least one victim pod on node \"{nodeInfo.Name}\"");
            }

            statuses.Set(nodeInfo.Name, status!);
        }

        return (candidates, statuses);
    }

    /// <summary>
    /// Upstream's prepareCandidate: mark and delete each victim (graceful), and clear the nomination of
    /// lower-priority pods nominated to the node, since their room is gone.
    /// </summary>
    private Status? PrepareCandidate(Candidate candidate, Pod pod)
    {
        var client = _handle.Client;
        var tasks = new List<Task>(candidate.Victims.Count);
        foreach (var victim in candidate.Victims)
        {
            tasks.Add(DeleteVictimAsync(client, victim, pod, candidate.Name));
        }

        var priority = pod.Spec.Priority ?? 0;
        foreach (var nominated in _handle.PodNominator.NominatedPodsForNode(candidate.Name))
        {
            if ((nominated.Pod.Spec.Priority ?? 0) < priority)
            {
                _handle.PodNominator.DeleteNominatedPodIfExists(nominated.Pod);
                tasks.Add(client.UpdatePodStatusAsync(nominated.Pod, null, new NominatingInfo("", NominatingMode.Override), CancellationToken.None));
            }
        }

        try
        {
            Task.WhenAll(tasks).GetAwaiter().GetResult();
            return null;
        }
        catch (Exception e)
        {
            return Status.AsStatus(e);
        }
    }

    private async Task DeleteVictimAsync(ISchedulerClient client, Pod victim, Pod preemptor, string nodeName)
    {
        var condition = new PodCondition
        {
            Type = "DisruptionTarget",
            Status = "True",
            Reason = ReasonPreemptionByScheduler,
            Message = $"{_handle.ProfileName}: preempting to accommodate a higher priority pod",
            LastTransitionTime = _handle.TimeProvider.GetUtcNow(),
        };
        await client.UpdatePodStatusAsync(victim, condition, null, CancellationToken.None).ConfigureAwait(false);
        await client.DeletePodAsync(victim, CancellationToken.None).ConfigureAwait(false);
        client.Event(victim, "Normal", "Preempted", "Preempting", $"Preempted by pod {preemptor.Metadata.Uid} on node {nodeName}");
    }
}
