namespace KubeSharp.Scheduler.Framework;

/// <summary>
/// The cluster events that may make a pod this plugin rejected schedulable (upstream's EnqueueExtensions):
/// the queue moves such a pod back only on these events, and only when the hint says Queue.
/// </summary>
public interface IEnqueueExtensions
{
    IReadOnlyList<ClusterEventWithHint> EventsToRegister();
}
