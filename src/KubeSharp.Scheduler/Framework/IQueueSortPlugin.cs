namespace KubeSharp.Scheduler.Framework;

/// <summary>Orders the active queue; exactly one per profile.</summary>
public interface IQueueSortPlugin : IPlugin
{
    bool Less(QueuedPodInfo a, QueuedPodInfo b);
}
