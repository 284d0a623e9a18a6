namespace KubeSharp.Scheduler.Framework;

/// <summary>Whether an event may make a rejected pod schedulable (upstream's framework.QueueingHint).</summary>
public enum QueueingHint
{
    QueueSkip,
    Queue,
}
