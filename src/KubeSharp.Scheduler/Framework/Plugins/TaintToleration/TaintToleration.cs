using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Framework.Plugins.Helper;

namespace KubeSharp.Scheduler.Framework.Plugins.TaintToleration;

/// <summary>
/// Taints and tolerations (upstream's tainttoleration plugin): Filter rejects nodes with an untolerated
/// NoSchedule or NoExecute taint; Score prefers nodes with fewer untolerated PreferNoSchedule taints.
/// </summary>
public sealed class TaintToleration : IFilterPlugin, IPreScorePlugin, IScorePlugin, IScoreExtensions, IEnqueueExtensions
{
    public const string PluginName = PluginNames.TaintToleration;

    private const string PreScoreStateKey = "PreScore" + PluginName;

    public string Name => PluginName;

    public IScoreExtensions ScoreExtensions => this;

    public Status? Filter(CycleState state, Pod pod, NodeInfo nodeInfo)
    {
        if (nodeInfo.Node is not { } node)
        {
            return new Status(Code.Error, "invalid nodeInfo");
        }

        if (!Tolerations.FindMatchingUntoleratedTaint(node.Spec.Taints, pod.Spec.Tolerations, Tolerations.IsDoNotScheduleTaint, out var taint))
        {
            return null;
        }

        return new Status(Code.UnschedulableAndUnresolvable, $"node(s) had untolerated taint {{{taint.Key}: {taint.Value}}}");
    }

    public Status? PreScore(CycleState state, Pod pod, IReadOnlyList<NodeInfo> nodes)
    {
        var preferNoSchedule = new List<Toleration>();
        foreach (var toleration in pod.Spec.Tolerations ?? [])
        {
            if (string.IsNullOrEmpty(toleration.Effect) || toleration.Effect == TaintEffect.PreferNoSchedule)
            {
                preferNoSchedule.Add(toleration);
            }
        }

        state.Write(PreScoreStateKey, new PreScoreState(preferNoSchedule));
        return null;
    }

    /// <summary>The number of PreferNoSchedule taints the pod does not tolerate; normalized in reverse.</summary>
    public (long Score, Status? Status) Score(CycleState state, Pod pod, NodeInfo nodeInfo)
    {
        if (!state.TryRead<PreScoreState>(PreScoreStateKey, out var s))
        {
            return (0, new Status(Code.Error, $"reading \"{PreScoreStateKey}\" from cycleState: not found"));
        }

        long count = 0;
        if (nodeInfo.Node?.Spec.Taints is not { } taints)
        {
            return (0, null);
        }

        foreach (var taint in taints)
        {
            if (taint.Effect == TaintEffect.PreferNoSchedule && !Tolerations.TolerationsTolerateTaint(s.TolerationsPreferNoSchedule, taint))
            {
                count++;
            }
        }

        return (count, null);
    }

    public Status? NormalizeScore(CycleState state, Pod pod, Span<NodeScore> scores)
    {
        Helper.NormalizeScore.Default(ScoreLimits.MaxNodeScore, true, scores);
        return null;
    }

    public IReadOnlyList<ClusterEventWithHint> EventsToRegister() =>
    [
        new ClusterEventWithHint(new ClusterEvent(EventResource.Node, ActionType.Add | ActionType.UpdateNodeTaint, "NodeAddOrTaintChange"), IsSchedulableAfterNodeChange),
        new ClusterEventWithHint(new ClusterEvent(EventResource.Pod, ActionType.UpdatePodToleration, "PodTolerationChange")),
    ];

    /// <summary>Upstream's hint: queue when the new or changed node has no taint the pod fails to tolerate.</summary>
    private static QueueingHint IsSchedulableAfterNodeChange(Pod pod, object? oldObject, object? newObject)
    {
        if (newObject is not Node node)
        {
            return QueueingHint.Queue;
        }

        return Tolerations.FindMatchingUntoleratedTaint(node.Spec.Taints, pod.Spec.Tolerations, Tolerations.IsDoNotScheduleTaint, out _)
            ? QueueingHint.QueueSkip
            : QueueingHint.Queue;
    }

    private sealed class PreScoreState(List<Toleration> tolerations) : IStateData
    {
        public List<Toleration> TolerationsPreferNoSchedule { get; } = tolerations;

        public IStateData Clone() => this;
    }
}
