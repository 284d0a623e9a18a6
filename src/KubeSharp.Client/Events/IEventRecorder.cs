using KubeSharp.Api;

namespace KubeSharp.Client.Events;

/// <summary>
/// Records events about objects (upstream's <c>record.EventRecorder</c>), e.g.
/// <c>recorder.Event(pod, EventTypes.Warning, "FailedScheduling", "0/3 nodes are available")</c>. Never blocks:
/// events are queued and written in the background, aggregated, de-duplicated and rate-limited.
/// </summary>
public interface IEventRecorder
{
    /// <param name="eventType"><see cref="EventTypes.Normal"/> or <see cref="EventTypes.Warning"/>.</param>
    /// <param name="reason">A short UpperCamelCase machine-readable reason ("Scheduled", "BackOff").</param>
    /// <param name="message">A human-readable message.</param>
    void Event(IKubernetesObject obj, string eventType, string reason, string message);

    /// <summary>Like <see cref="Event"/>, with annotations put on the event object.</summary>
    void AnnotatedEvent(IKubernetesObject obj, IReadOnlyDictionary<string, string>? annotations, string eventType, string reason, string message);
}
