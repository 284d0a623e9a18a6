namespace KubeSharp.Scheduler.Framework.Plugins.QueueSort;

/// <summary>Orders the active queue by priority, highest first, then by queue arrival (upstream's queuesort.PrioritySort).</summary>
public sealed class PrioritySort : IQueueSortPlugin
{
    public const string PluginName = PluginNames.PrioritySort;

    public string Name => PluginName;

    public bool Less(QueuedPodInfo a, QueuedPodInfo b)
    {
        var p1 = a.Pod.Spec.Priority ?? 0;
        var p2 = b.Pod.Spec.Priority ?? 0;
        return p1 > p2 || (p1 == p2 && a.Timestamp < b.Timestamp);
    }
}
