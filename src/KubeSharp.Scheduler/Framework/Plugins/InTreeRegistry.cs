using KubeSharp.Scheduler.Framework.Runtime;

namespace KubeSharp.Scheduler.Framework.Plugins;

/// <summary>
/// The in-tree plugins and the default profile (upstream's plugins/registry.go and
/// apis/config/v1/default_plugins.go): every plugin enabled at all its extension points, in upstream's order,
/// with upstream's score weights.
/// </summary>
public static class InTreeRegistry
{
    public static SchedulerProfile DefaultProfile(string schedulerName) => new(schedulerName, DefaultPlugins());

    public static IReadOnlyList<PluginConfig> DefaultPlugins() =>
    [
        new(PluginNames.SchedulingGates, _ => new SchedulingGates.SchedulingGates()),
        new(PluginNames.PrioritySort, _ => new QueueSort.PrioritySort()),
        new(PluginNames.NodeUnschedulable, _ => new NodeUnschedulable.NodeUnschedulable()),
        new(PluginNames.NodeName, _ => new NodeName.NodeName()),
        new(PluginNames.TaintToleration, _ => new TaintToleration.TaintToleration(), 3),
        new(PluginNames.NodeAffinity, _ => new NodeAffinity.NodeAffinity(), 2),
        new(PluginNames.NodePorts, _ => new NodePorts.NodePorts()),
        new(PluginNames.NodeResourcesFit, _ => new NodeResources.Fit(), 1),
        new(PluginNames.PodTopologySpread, h => new PodTopologySpread.PodTopologySpread(h), 2),
        new(PluginNames.InterPodAffinity, h => new InterPodAffinity.InterPodAffinity(h), 2),
        new(PluginNames.DefaultPreemption, h => new DefaultPreemption.DefaultPreemption(h)),
        new(PluginNames.NodeResourcesBalancedAllocation, _ => new NodeResources.BalancedAllocation(), 1),
        new(PluginNames.ImageLocality, h => new ImageLocality.ImageLocality(h), 1),
        new(PluginNames.DefaultBinder, h => new DefaultBinder.DefaultBinder(h)),
    ];
}
