namespace KubeSharp.Scheduler.Framework.Plugins;

/// <summary>The in-tree plugin names (upstream's framework/plugins/names).</summary>
public static class PluginNames
{
    public const string PrioritySort = "PrioritySort";
    public const string DefaultBinder = "DefaultBinder";
    public const string DefaultPreemption = "DefaultPreemption";
    public const string ImageLocality = "ImageLocality";
    public const string InterPodAffinity = "InterPodAffinity";
    public const string NodeAffinity = "NodeAffinity";
    public const string NodeName = "NodeName";
    public const string NodePorts = "NodePorts";
    public const string NodeResourcesBalancedAllocation = "NodeResourcesBalancedAllocation";
    public const string NodeResourcesFit = "NodeResourcesFit";
    public const string NodeUnschedulable = "NodeUnschedulable";
    public const string PodTopologySpread = "PodTopologySpread";
    public const string SchedulingGates = "SchedulingGates";
    public const string TaintToleration = "TaintToleration";
    public const string VolumeBinding = "VolumeBinding";
    public const string VolumeRestrictions = "VolumeRestrictions";
}
