using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>
/// Decides, for a pod the plugin rejected, whether an event is worth a retry (upstream's QueueingHintFn).
/// The old object is null for additions, the new one null for deletions.
/// </summary>
public delegate QueueingHint QueueingHintFunction(Pod pod, object? oldObject, object? newObject);
