using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Framework.Plugins.Helper;

namespace KubeSharp.Scheduler.Framework.Plugins.NodeUnschedulable;

/// <summary>
/// Rejects cordoned nodes (spec.unschedulable) unless the pod tolerates the node.kubernetes.io/unschedulable
/// NoSchedule taint (upstream's nodeunschedulable plugin).
/// </summary>
public sealed class NodeUnschedulable : IFilterPlugin, IEnqueueExtensions
{
    public const string PluginName = PluginNames.NodeUnschedulable;

    /// <summary>Upstream's ErrReasonUnschedulable.</summary>
    public const string ErrReasonUnschedulable = "node(s) were unschedulable";

    /// <summary>Upstream's TaintNodeUnschedulable.</summary>
    public const string TaintNodeUnschedulable = "node.kubernetes.io/unschedulable";

    private static readonly Taint UnschedulableTaint = new() { Key = TaintNodeUnschedulable, Effect = TaintEffect.NoSchedule };

    public string Name => PluginName;

    public Status? Filter(CycleState state, Pod pod, NodeInfo nodeInfo)
    {
        var node = nodeInfo.Node;
        if (node is null)
        {
            return new Status(Code.UnschedulableAndUnresolvable, "node(s) had unknown conditions");
        }

        if (node.Spec.Unschedulable != true)
        {
            return null;
        }

        return Tolerations.TolerationsTolerateTaint(pod.Spec.Tolerations, UnschedulableTaint)
            ? null
            : new Status(Code.UnschedulableAndUnresolvable, ErrReasonUnschedulable);
    }

    /// <summary>Upstream's hint: queue when a node is added schedulable or is uncordoned.</summary>
    public IReadOnlyList<ClusterEventWithHint> EventsToRegister() =>
    [
        new ClusterEventWithHint(new ClusterEvent(EventResource.Node, ActionType.Add | ActionType.UpdateNodeTaint, "NodeAddOrTaintChange"), IsSchedulableAfterNodeChange),
        new ClusterEventWithHint(new ClusterEvent(EventResource.Pod, ActionType.UpdatePodToleration, "PodTolerationChange")),
    ];

    private static QueueingHint IsSchedulableAfterNodeChange(Pod pod, object? oldObject, object? newObject)
    {
        if (newObject is not Node node)
        {
            return QueueingHint.Queue;
        }

        var oldUnschedulable = (oldObject as Node)?.Spec.Unschedulable == true;
        if (node.Spec.Unschedulable != true && (oldObject is null || oldUnschedulable))
        {
            return QueueingHint.Queue;
        }

        return QueueingHint.QueueSkip;
    }
}
