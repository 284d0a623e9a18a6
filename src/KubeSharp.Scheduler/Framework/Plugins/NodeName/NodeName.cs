using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework.Plugins.NodeName;

/// <summary>Rejects nodes other than the one spec.nodeName asks for (upstream's nodename plugin).</summary>
public sealed class NodeName : IFilterPlugin, IEnqueueExtensions
{
    public const string PluginName = PluginNames.NodeName;

    /// <summary>Upstream's ErrReason.</summary>
    public const string ErrReason = "node(s) didn't match the requested node name";

    public string Name => PluginName;

    /// <summary>Upstream's Fits: no nodeName, or the node's name.</summary>
    public static bool Fits(Pod pod, NodeInfo nodeInfo) =>
        string.IsNullOrEmpty(pod.Spec.NodeName) || pod.Spec.NodeName == nodeInfo.Name;

    public Status? Filter(CycleState state, Pod pod, NodeInfo nodeInfo) =>
        Fits(pod, nodeInfo) ? null : new Status(Code.UnschedulableAndUnresolvable, ErrReason);

    public IReadOnlyList<ClusterEventWithHint> EventsToRegister() =>
        [new ClusterEventWithHint(new ClusterEvent(EventResource.Node, ActionType.Add, "NodeAdd"))];
}
