using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Framework;
using KubeSharp.Scheduler.Framework.Runtime;
using KubeSharp.Scheduler.Internal;

namespace KubeSharp.Scheduler;

/// <summary>One pod's scheduling and binding cycles (upstream's schedule_one.go).</summary>
public sealed partial class Scheduler
{
    /// <summary>Upstream's ErrNoNodesAvailable.</summary>
    public const string NoNodesAvailableMessage = "no nodes available to schedule pods";

    /// <summary>Below this many nodes, filtering on one thread is cheaper than coordinating several.</summary>
    private const int MinNodesForParallelism = 256;

    /// <summary>Nodes a filter worker takes at a time (upstream's parallelizer chunks work similarly).</summary>
    private const int FilterChunkSize = 16;

    /// <summary>
    /// Pops one pod and schedules it; the binding continues asynchronously. Returns false once the queue is
    /// closed or the token cancelled.
    /// </summary>
    public bool ScheduleOne(CancellationToken cancellationToken = default)
    {
        var pInfo = Queue.Pop(cancellationToken);
        if (pInfo is null)
        {
            return false;
        }

        var pod = pInfo.Pod;
        try
        {
            ScheduleOne(pInfo, cancellationToken);
        }
        catch (Exception e)
        {
            // A bug must not stop the loop: report it as a scheduling error and retry the pod after back-off.
            LogLoopError(e, pod.Metadata.Namespace, pod.Metadata.Name);
            HandleSchedulingFailure(FrameworkForPod(pod), pInfo, Status.AsStatus(e), null, null, Queue.SchedulingCycle);
        }

        return true;
    }

    /// <summary>Schedules an already popped pod (tests drive the loop without a thread).</summary>
    internal void ScheduleOneForTest(QueuedPodInfo pInfo) => ScheduleOne(pInfo, CancellationToken.None);

    private void ScheduleOne(QueuedPodInfo pInfo, CancellationToken cancellationToken)
    {
        var pod = pInfo.Pod;
        var fwk = FrameworkForPod(pod);
        if (fwk is null || pod.Metadata.DeletionTimestamp is not null || Cache.IsAssumedPod(pod))
        {
            LogSkipPod(pod.Metadata.Namespace, pod.Metadata.Name);
            Queue.Done(pod);
            return;
        }

        var cycle = Queue.SchedulingCycle;
        var state = new CycleState();
        var (result, fitError, status, nominatingInfo) = SchedulePod(fwk, state, pod);
        if (result is null)
        {
            HandleSchedulingFailure(fwk, pInfo, status!, fitError, nominatingInfo, cycle);
            return;
        }

        // Assume: the cache counts the pod on its node now, so the next cycle sees its resources.
        var assumed = ObjectCopier.WithNodeName(pod, result.SuggestedHost);
        try
        {
            Cache.AssumePod(assumed);
        }
        catch (InvalidOperationException e)
        {
            HandleSchedulingFailure(fwk, pInfo, Status.AsStatus(e), null, null, cycle);
            return;
        }

        Queue.Nominator.DeleteNominatedPodIfExists(pod);
        var reserve = fwk.RunReservePluginsReserve(state, assumed, result.SuggestedHost);
        if (!reserve.IsSuccess())
        {
            fwk.RunReservePluginsUnreserve(state, assumed, result.SuggestedHost);
            Cache.ForgetPod(assumed);
            HandleSchedulingFailure(fwk, pInfo, reserve!, null, null, cycle);
            return;
        }

        var permit = fwk.RunPermitPlugins(state, assumed, result.SuggestedHost);
        if (!permit.IsSuccess())
        {
            fwk.RunReservePluginsUnreserve(state, assumed, result.SuggestedHost);
            Cache.ForgetPod(assumed);
            HandleSchedulingFailure(fwk, pInfo, permit!, null, null, cycle);
            return;
        }

        lock (_bindingsLock)
        {
            _bindingsInFlight++;
        }

        _ = Task.Run(() => BindingCycleAsync(fwk, state, pInfo, assumed, result, cycle, cancellationToken), CancellationToken.None);
    }

    /// <summary>
    /// Upstream's schedulePod: refresh the snapshot, find feasible nodes, score them and pick the best.
    /// On failure returns the FitError (no node fits) or an error status.
    /// </summary>
    internal (ScheduleResult? Result, FitError? FitError, Status? Status, NominatingInfo? NominatingInfo) SchedulePod(SchedulingFramework fwk, CycleState state, Pod pod)
    {
        Cache.UpdateSnapshot(Snapshot);
        if (Snapshot.NumNodes == 0)
        {
            return (null, null, new Status(Code.UnschedulableAndUnresolvable, NoNodesAvailableMessage), null);
        }

        var (feasibleCount, diagnosis, error) = FindNodesThatFitPod(fwk, state, pod);
        if (error is not null)
        {
            return (null, null, error, null);
        }

        if (feasibleCount == 0)
        {
            var fitError = new FitError(pod, Snapshot.NumNodes, diagnosis);
            NominatingInfo? nominatingInfo = null;
            if (fwk.HasPostFilterPlugins)
            {
                var (postFilterResult, postFilterStatus) = fwk.RunPostFilterPlugins(state, pod, diagnosis.NodeToStatus);
                if (postFilterStatus is not null && postFilterStatus.Code == Code.Error)
                {
                    // As upstream: a preemption error is logged, the pod still fails with the fit error.
                    LogSchedulingError(pod.Metadata.Namespace, pod.Metadata.Name, postFilterStatus.Message);
                }
                else if (postFilterStatus is not null)
                {
                    diagnosis.PostFilterMsg = postFilterStatus.Message;
                }

                nominatingInfo = postFilterResult?.NominatingInfo;
            }

            return (null, fitError, new Status(Code.Unschedulable, fitError.Message), nominatingInfo);
        }

        var evaluated = feasibleCount + diagnosis.NodeToStatus.Count;
        if (feasibleCount == 1)
        {
            return (new ScheduleResult(_feasible[0].Name, evaluated, 1), null, null, null);
        }

        var feasible = new ArraySegment<NodeInfo>(_feasible, 0, feasibleCount);
        var scoreStatus = PrioritizeNodes(fwk, state, pod, feasible);
        if (scoreStatus is not null)
        {
            return (null, null, scoreStatus, null);
        }

        return (new ScheduleResult(SelectHost(feasibleCount), evaluated, feasibleCount), null, null, null);
    }

    /// <summary>Upstream's findNodesThatFitPod: PreFilter, then the nominated node, then Filter over the nodes.</summary>
    private (int Count, Diagnosis Diagnosis, Status? Error) FindNodesThatFitPod(SchedulingFramework fwk, CycleState state, Pod pod)
    {
        var diagnosis = new Diagnosis();
        var allNodes = Snapshot.NodeInfoList;
        var (preResult, preStatus) = fwk.RunPreFilterPlugins(state, pod, allNodes);
        if (!preStatus.IsSuccess())
        {
            if (!preStatus.IsRejected())
            {
                return (0, diagnosis, preStatus);
            }

            diagnosis.NodeToStatus.AbsentNodesStatus = preStatus!;
            diagnosis.AddPlugin(preStatus!);
            diagnosis.PreFilterMsg = preStatus!.Message;
            return (0, diagnosis, null);
        }

        EnsureCapacity(allNodes.Count);

        // A pod nominated by an earlier preemption tries its nominated node first.
        if (pod.Status.NominatedNodeName is { Length: > 0 } nominated && Snapshot.Get(nominated) is { } nominatedNode)
        {
            var status = fwk.RunFilterPluginsWithNominatedPods(state, pod, nominatedNode);
            if (status.IsSuccess())
            {
                _feasible[0] = nominatedNode;
                return (1, diagnosis, null);
            }

            if (status!.Code == Code.Error)
            {
                return (0, diagnosis, status);
            }
        }

        IReadOnlyList<NodeInfo> nodes = allNodes;
        if (preResult is { AllNodes: false })
        {
            var list = new List<NodeInfo>(preResult.NodeNames!.Count);
            foreach (var name in preResult.NodeNames)
            {
                if (Snapshot.Get(name) is { } info)
                {
                    list.Add(info);
                }
            }

            nodes = list;
            diagnosis.NodeToStatus.AbsentNodesStatus = new Status(Code.UnschedulableAndUnresolvable, "node is filtered out by the prefilter result");
        }

        return FindNodesThatPassFilters(fwk, state, pod, diagnosis, nodes);
    }

    /// <summary>
    /// Upstream's findNodesThatPassFilters: checks nodes round-robin from where the previous pod stopped, until
    /// enough feasible nodes are found (adaptive percentage), so large clusters are not scanned in full.
    /// </summary>
    private (int Count, Diagnosis Diagnosis, Status? Error) FindNodesThatPassFilters(SchedulingFramework fwk, CycleState state, Pod pod, Diagnosis diagnosis, IReadOnlyList<NodeInfo> nodes)
    {
        var numAllNodes = nodes.Count;
        if (numAllNodes == 0)
        {
            return (0, diagnosis, null);
        }

        var numNodesToFind = NumFeasibleNodesToFind(fwk.PercentageOfNodesToScore ?? _options.PercentageOfNodesToScore, numAllNodes);
        var found = 0;
        var processed = 0;
        var start = _nextStartNodeIndex % numAllNodes;
        if (!fwk.HasFilterPlugins)
        {
            for (; found < numNodesToFind; found++)
            {
                _feasible[found] = nodes[(start + found) % numAllNodes];
            }

            _nextStartNodeIndex = (start + found) % numAllNodes;
            return (found, diagnosis, null);
        }

        if (_options.Parallelism > 1 && numAllNodes >= MinNodesForParallelism)
        {
            return FindNodesThatPassFiltersParallel(fwk, state, pod, diagnosis, nodes, numNodesToFind, start);
        }

        for (var i = 0; i < numAllNodes && found < numNodesToFind; i++)
        {
            var nodeInfo = nodes[(start + i) % numAllNodes];
            processed++;
            var status = fwk.RunFilterPluginsWithNominatedPods(state, pod, nodeInfo);
            if (status.IsSuccess())
            {
                _feasible[found++] = nodeInfo;
                continue;
            }

            if (status!.Code == Code.Error)
            {
                return (0, diagnosis, status);
            }

            diagnosis.NodeToStatus.Set(nodeInfo.Name, status);
            diagnosis.AddPlugin(status);
        }

        _nextStartNodeIndex = (start + processed) % numAllNodes;
        return (found, diagnosis, null);
    }

    /// <summary>
    /// Upstream's parallel findNodesThatPassFilters: workers take chunks of nodes in round-robin order and stop
    /// once enough feasible nodes are found; rejected nodes' statuses are gathered afterwards.
    /// </summary>
    private (int Count, Diagnosis Diagnosis, Status? Error) FindNodesThatPassFiltersParallel(SchedulingFramework fwk, CycleState state, Pod pod, Diagnosis diagnosis, IReadOnlyList<NodeInfo> nodes, int numNodesToFind, int start)
    {
        var numAllNodes = nodes.Count;
        if (_statuses.Length < numAllNodes)
        {
            _statuses = new Status?[numAllNodes];
        }

        var statuses = _statuses;
        var feasible = _feasible;
        var next = 0;
        var found = 0;
        Status? error = null;
        Parallel.For(0, _options.Parallelism, new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism }, _ =>
        {
            while (Volatile.Read(ref found) < numNodesToFind && Volatile.Read(ref error) is null)
            {
                var begin = Interlocked.Add(ref next, FilterChunkSize) - FilterChunkSize;
                if (begin >= numAllNodes)
                {
                    return;
                }

                var end = Math.Min(begin + FilterChunkSize, numAllNodes);
                for (var i = begin; i < end; i++)
                {
                    var nodeInfo = nodes[(start + i) % numAllNodes];
                    var status = fwk.RunFilterPluginsWithNominatedPods(state, pod, nodeInfo);
                    if (status.IsSuccess())
                    {
                        var index = Interlocked.Increment(ref found) - 1;
                        if (index < numNodesToFind)
                        {
                            feasible[index] = nodeInfo;
                        }
                    }
                    else if (status!.Code == Code.Error)
                    {
                        Interlocked.CompareExchange(ref error, status, null);
                    }
                    else
                    {
                        statuses[i] = status;
                    }
                }
            }
        });

        var count = Math.Min(found, numNodesToFind);
        var scanned = Math.Min(next, numAllNodes);
        for (var i = 0; i < scanned; i++)
        {
            if (statuses[i] is { } status)
            {
                var nodeInfo = nodes[(start + i) % numAllNodes];
                diagnosis.NodeToStatus.Set(nodeInfo.Name, status);
                diagnosis.AddPlugin(status);
                statuses[i] = null;
            }
        }

        if (error is not null)
        {
            return (0, diagnosis, error);
        }

        _nextStartNodeIndex = (start + count + diagnosis.NodeToStatus.Count) % numAllNodes;
        return (count, diagnosis, null);
    }

    private Status? PrioritizeNodes(SchedulingFramework fwk, CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        if (!fwk.HasScorePlugins)
        {
            for (var i = 0; i < nodes.Count; i++)
            {
                _totals[i] = new NodeScore(nodes[i].Name, 1);
            }

            return null;
        }

        var preScore = fwk.RunPreScorePlugins(state, pod, nodes);
        if (!preScore.IsSuccess())
        {
            return preScore;
        }

        return fwk.RunScorePlugins(state, pod, nodes, _totals, _scratch);
    }

    /// <summary>Upstream's selectHost: the highest total, ties broken uniformly at random (reservoir sampling).</summary>
    private string SelectHost(int count)
    {
        var maxScore = _totals[0].Score;
        var selected = _totals[0].Name;
        var countOfMax = 1;
        for (var i = 1; i < count; i++)
        {
            var score = _totals[i].Score;
            if (score > maxScore)
            {
                maxScore = score;
                selected = _totals[i].Name;
                countOfMax = 1;
            }
            else if (score == maxScore)
            {
                countOfMax++;
                if (_random.Next(countOfMax) == 0)
                {
                    selected = _totals[i].Name;
                }
            }
        }

        return selected;
    }

    private void EnsureCapacity(int nodes)
    {
        if (_feasible.Length < nodes)
        {
            _feasible = new NodeInfo[nodes];
            _totals = new NodeScore[nodes];
            _scratch = new NodeScore[nodes];
        }
    }

    /// <summary>Upstream's bindingCycle: PreBind, Bind, then the Scheduled event and PostBind.</summary>
    private async Task BindingCycleAsync(SchedulingFramework fwk, CycleState state, QueuedPodInfo pInfo, Pod assumed, ScheduleResult result, long cycle, CancellationToken cancellationToken)
    {
        try
        {
            var host = result.SuggestedHost;
            var status = await fwk.RunPreBindPluginsAsync(state, assumed, host, cancellationToken).ConfigureAwait(false);
            if (status.IsSuccess())
            {
                status = await fwk.RunBindPluginsAsync(state, assumed, host, cancellationToken).ConfigureAwait(false);
                if (status.IsSkip())
                {
                    status = new Status(Code.Error, "all bind plugins skipped the pod");
                }
            }

            if (!status.IsSuccess())
            {
                HandleBindingCycleError(fwk, state, pInfo, assumed, host, status!, cycle);
                return;
            }

            Cache.FinishBinding(assumed);
            var meta = assumed.Metadata;
            LogBound(meta.Namespace, meta.Name, host, result.EvaluatedNodes, result.FeasibleNodes);
            Client.Event(assumed, "Normal", "Scheduled", "Binding", $"Successfully assigned {meta.Namespace}/{meta.Name} to {host}");
            fwk.RunPostBindPlugins(state, assumed, host);
            Queue.Done(assumed);
        }
        catch (Exception e)
        {
            HandleBindingCycleError(fwk, state, pInfo, assumed, result.SuggestedHost, Status.AsStatus(e), cycle);
        }
        finally
        {
            lock (_bindingsLock)
            {
                if (--_bindingsInFlight == 0)
                {
                    Monitor.PulseAll(_bindingsLock);
                }
            }
        }
    }

    private void HandleBindingCycleError(SchedulingFramework fwk, CycleState state, QueuedPodInfo pInfo, Pod assumed, string host, Status status, long cycle)
    {
        fwk.RunReservePluginsUnreserve(state, assumed, host);
        Cache.ForgetPod(assumed);

        // The forgotten pod's resources are free again: pods waiting for room may fit now.
        Queue.MoveAllToActiveOrBackoffQueue(ClusterEvent.AssignedPodDelete, assumed, null);
        HandleSchedulingFailure(fwk, pInfo, status, null, new NominatingInfo("", NominatingMode.Override), cycle);
    }
}
