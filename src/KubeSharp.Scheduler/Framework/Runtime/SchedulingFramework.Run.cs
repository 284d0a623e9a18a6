using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework.Runtime;

/// <summary>Running the extension points (upstream's frameworkImpl.Run*Plugins).</summary>
public sealed partial class SchedulingFramework
{
    public (PreFilterResult? Result, Status? Status) RunPreFilterPlugins(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        PreFilterResult? result = null;
        List<string>? pluginsWithNodes = null;
        foreach (var plugin in _preFilter)
        {
            var (r, status) = plugin.PreFilter(state, pod, nodes);
            if (status.IsSkip())
            {
                state.SkipFilterPlugins.Add(plugin.Name);
                continue;
            }

            if (!status.IsSuccess())
            {
                status!.WithPlugin(plugin.Name);
                if (status.IsRejected())
                {
                    return (null, status);
                }

                return (null, new Status(Code.Error, $"running PreFilter plugin \"{plugin.Name}\": {status.Message}").WithPlugin(plugin.Name));
            }

            if (r is not null && !r.AllNodes)
            {
                (pluginsWithNodes ??= []).Add(plugin.Name);
            }

            result = PreFilterResult.Merge(result, r);
            if (result is not null && !result.AllNodes && result.NodeNames!.Count == 0)
            {
                var message = pluginsWithNodes!.Count == 1
                    ? $"node(s) didn't satisfy plugin {pluginsWithNodes[0]}"
                    : $"node(s) didn't satisfy plugin(s) [{string.Join(" ", pluginsWithNodes)}] simultaneously";
                return (null, new Status(Code.UnschedulableAndUnresolvable, message).WithPlugin(plugin.Name));
            }
        }

        return (result, null);
    }

    public Status? RunPreFilterExtensionAddPod(CycleState state, Pod podToSchedule, PodInfo podInfoToAdd, NodeInfo nodeInfo)
    {
        foreach (var plugin in _preFilter)
        {
            if (plugin.PreFilterExtensions is not { } extensions || state.SkipFilterPlugins.Contains(plugin.Name))
            {
                continue;
            }

            var status = extensions.AddPod(state, podToSchedule, podInfoToAdd, nodeInfo);
            if (!status.IsSuccess())
            {
                return new Status(Code.Error, $"running AddPod on PreFilter plugin \"{plugin.Name}\": {status!.Message}").WithPlugin(plugin.Name);
            }
        }

        return null;
    }

    public Status? RunPreFilterExtensionRemovePod(CycleState state, Pod podToSchedule, PodInfo podInfoToRemove, NodeInfo nodeInfo)
    {
        foreach (var plugin in _preFilter)
        {
            if (plugin.PreFilterExtensions is not { } extensions || state.SkipFilterPlugins.Contains(plugin.Name))
            {
                continue;
            }

            var status = extensions.RemovePod(state, podToSchedule, podInfoToRemove, nodeInfo);
            if (!status.IsSuccess())
            {
                return new Status(Code.Error, $"running RemovePod on PreFilter plugin \"{plugin.Name}\": {status!.Message}").WithPlugin(plugin.Name);
            }
        }

        return null;
    }

    /// <summary>Runs the Filter plugins on one node, stopping at the first rejection (upstream's RunFilterPlugins).</summary>
    public Status? RunFilterPlugins(CycleState state, Pod pod, NodeInfo nodeInfo)
    {
        var skip = state.FilterSkipMask;
        if (skip is null || skip.Length != _filter.Count)
        {
            skip = new bool[_filter.Count];
            for (var i = 0; i < skip.Length; i++)
            {
                skip[i] = state.SkipFilterPlugins.Contains(_filter[i].Name);
            }

            state.FilterSkipMask = skip;
        }

        for (var i = 0; i < _filter.Count; i++)
        {
            if (skip[i])
            {
                continue;
            }

            var plugin = _filter[i];
            var status = plugin.Filter(state, pod, nodeInfo);
            if (!status.IsSuccess())
            {
                if (!status.IsRejected())
                {
                    return new Status(Code.Error, $"running \"{plugin.Name}\" filter plugin: {status!.Message}").WithPlugin(plugin.Name);
                }

                return status!.WithPlugin(plugin.Name);
            }
        }

        return null;
    }

    /// <summary>
    /// Upstream's RunFilterPluginsWithNominatedPods: when pods of equal or higher priority are nominated to the
    /// node, the pod must fit both with them (so it does not take their room) and without them (their
    /// affinity must not be what makes it fit).
    /// </summary>
    public Status? RunFilterPluginsWithNominatedPods(CycleState state, Pod pod, NodeInfo nodeInfo)
    {
        var nominated = PodNominator.NominatedPodsForNode(nodeInfo.Name);
        if (nominated.Count > 0)
        {
            var (added, stateWith, nodeInfoWith, addStatus) = AddGreaterOrEqualNominatedPods(state, pod, nodeInfo, nominated);
            if (!addStatus.IsSuccess())
            {
                return addStatus;
            }

            if (added)
            {
                var statusWith = RunFilterPlugins(stateWith, pod, nodeInfoWith);
                if (!statusWith.IsSuccess())
                {
                    return statusWith;
                }
            }
        }

        return RunFilterPlugins(state, pod, nodeInfo);
    }

    public (PostFilterResult? Result, Status? Status) RunPostFilterPlugins(CycleState state, Pod pod, NodeToStatus filteredNodeStatus)
    {
        Status? firstReject = null;
        var reasons = new List<string>();
        foreach (var plugin in _postFilter)
        {
            var (result, status) = plugin.PostFilter(state, pod, filteredNodeStatus);
            if (status.IsSuccess())
            {
                return (result, status);
            }

            if (status!.Code == Code.UnschedulableAndUnresolvable)
            {
                return (result, status.WithPlugin(plugin.Name));
            }

            if (!status.IsRejected())
            {
                return (null, status.WithPlugin(plugin.Name));
            }

            firstReject ??= status.WithPlugin(plugin.Name);
            reasons.AddRange(status.Reasons);
        }

        return (null, firstReject is null ? new Status(Code.Unschedulable) : new Status(firstReject.Code, [.. reasons]).WithPlugin(firstReject.Plugin));
    }

    public Status? RunPreScorePlugins(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        foreach (var plugin in _preScore)
        {
            var status = plugin.PreScore(state, pod, nodes);
            if (status.IsSkip())
            {
                state.SkipScorePlugins.Add(plugin.Name);
                continue;
            }

            if (!status.IsSuccess())
            {
                return new Status(Code.Error, $"running PreScore plugin \"{plugin.Name}\": {status!.Message}").WithPlugin(plugin.Name);
            }
        }

        return null;
    }

    /// <summary>
    /// Scores every node with every Score plugin, normalizes, weights and sums (upstream's RunScorePlugins).
    /// Writes the totals into <paramref name="totals"/>, which has one entry per node.
    /// </summary>
    public Status? RunScorePlugins(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes, NodeScore[] totals, NodeScore[] scratch)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            totals[i] = new NodeScore(nodes[i].Name, 0);
        }

        foreach (var (plugin, weight) in _score)
        {
            if (state.SkipScorePlugins.Count > 0 && state.SkipScorePlugins.Contains(plugin.Name))
            {
                continue;
            }

            var scores = scratch.AsSpan(0, nodes.Count);
            for (var i = 0; i < nodes.Count; i++)
            {
                var (score, status) = plugin.Score(state, pod, nodes[i]);
                if (!status.IsSuccess())
                {
                    return new Status(Code.Error, $"plugin \"{plugin.Name}\" failed with: {status!.Message}").WithPlugin(plugin.Name);
                }

                scores[i] = new NodeScore(totals[i].Name, score);
            }

            if (plugin.ScoreExtensions is { } extensions)
            {
                var status = extensions.NormalizeScore(state, pod, scores);
                if (!status.IsSuccess())
                {
                    return new Status(Code.Error, $"running Normalize on Score plugins: plugin \"{plugin.Name}\" failed with: {status!.Message}").WithPlugin(plugin.Name);
                }
            }

            for (var i = 0; i < scores.Length; i++)
            {
                var score = scores[i].Score;
                if (score is > ScoreLimits.MaxNodeScore or < ScoreLimits.MinNodeScore)
                {
                    return new Status(Code.Error, $"plugin \"{plugin.Name}\" returns an invalid score {score}, it should in the range of [{ScoreLimits.MinNodeScore}, {ScoreLimits.MaxNodeScore}] after normalizing").WithPlugin(plugin.Name);
                }

                totals[i].Score += score * weight;
            }
        }

        return null;
    }

    public Status? RunReservePluginsReserve(CycleState state, Pod pod, string nodeName)
    {
        foreach (var plugin in _reserve)
        {
            var status = plugin.Reserve(state, pod, nodeName);
            if (!status.IsSuccess())
            {
                if (status.IsRejected())
                {
                    return status!.WithPlugin(plugin.Name);
                }

                return new Status(Code.Error, $"running Reserve plugin \"{plugin.Name}\": {status!.Message}").WithPlugin(plugin.Name);
            }
        }

        return null;
    }

    /// <summary>Unreserve in reverse order, as upstream.</summary>
    public void RunReservePluginsUnreserve(CycleState state, Pod pod, string nodeName)
    {
        for (var i = _reserve.Count - 1; i >= 0; i--)
        {
            _reserve[i].Unreserve(state, pod, nodeName);
        }
    }

    /// <summary>
    /// Runs Permit plugins. A Wait is not supported yet (no default plugin waits): it is reported as an error
    /// naming the plugin rather than ignored.
    /// </summary>
    public Status? RunPermitPlugins(CycleState state, Pod pod, string nodeName)
    {
        foreach (var plugin in _permit)
        {
            var (status, _) = plugin.Permit(state, pod, nodeName);
            if (status.IsSuccess())
            {
                continue;
            }

            if (status.IsRejected())
            {
                return status!.WithPlugin(plugin.Name);
            }

            if (status.IsWait())
            {
                return new Status(Code.Error, $"Permit plugin \"{plugin.Name}\" asked the pod to wait, which this scheduler does not support").WithPlugin(plugin.Name);
            }

            return new Status(Code.Error, $"running Permit plugin \"{plugin.Name}\": {status!.Message}").WithPlugin(plugin.Name);
        }

        return null;
    }

    public async Task<Status?> RunPreBindPluginsAsync(CycleState state, Pod pod, string nodeName, CancellationToken cancellationToken)
    {
        foreach (var plugin in _preBind)
        {
            var status = await plugin.PreBindAsync(state, pod, nodeName, cancellationToken).ConfigureAwait(false);
            if (status.IsSkip())
            {
                continue;
            }

            if (!status.IsSuccess())
            {
                if (status.IsRejected())
                {
                    return status!.WithPlugin(plugin.Name);
                }

                return new Status(Code.Error, $"running PreBind plugin \"{plugin.Name}\": {status!.Message}").WithPlugin(plugin.Name);
            }
        }

        return null;
    }

    /// <summary>The first bind plugin that does not Skip binds the pod (upstream's RunBindPlugins).</summary>
    public async Task<Status?> RunBindPluginsAsync(CycleState state, Pod pod, string nodeName, CancellationToken cancellationToken)
    {
        foreach (var plugin in _bind)
        {
            var status = await plugin.BindAsync(state, pod, nodeName, cancellationToken).ConfigureAwait(false);
            if (status.IsSkip())
            {
                continue;
            }

            if (!status.IsSuccess())
            {
                if (status.IsRejected())
                {
                    return status!.WithPlugin(plugin.Name);
                }

                return new Status(Code.Error, $"binding rejected: running Bind plugin \"{plugin.Name}\": {status!.Message}").WithPlugin(plugin.Name);
            }

            return null;
        }

        return new Status(Code.Skip);
    }

    public void RunPostBindPlugins(CycleState state, Pod pod, string nodeName)
    {
        foreach (var plugin in _postBind)
        {
            plugin.PostBind(state, pod, nodeName);
        }
    }

    private (bool Added, CycleState State, NodeInfo NodeInfo, Status? Status) AddGreaterOrEqualNominatedPods(
        CycleState state, Pod pod, NodeInfo nodeInfo, IReadOnlyList<PodInfo> nominated)
    {
        CycleState? stateOut = null;
        NodeInfo? nodeInfoOut = null;
        var podPriority = pod.Spec.Priority ?? 0;
        var key = PodInfo.KeyOf(pod);
        foreach (var pi in nominated)
        {
            if ((pi.Pod.Spec.Priority ?? 0) < podPriority || pi.Key == key)
            {
                continue;
            }

            stateOut ??= state.Clone();
            nodeInfoOut ??= nodeInfo.Snapshot();
            nodeInfoOut.AddPodInfo(pi);
            var status = RunPreFilterExtensionAddPod(stateOut, pod, pi, nodeInfoOut);
            if (!status.IsSuccess())
            {
                return (false, state, nodeInfo, status);
            }
        }

        return nodeInfoOut is null ? (false, state, nodeInfo, null) : (true, stateOut!, nodeInfoOut, null);
    }
}
