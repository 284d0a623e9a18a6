namespace KubeSharp.Scheduler.Framework;

/// <summary>A registered event and an optional hint; no hint means always Queue.</summary>
public sealed record ClusterEventWithHint(ClusterEvent Event, QueueingHintFunction? QueueingHintFn = null);
