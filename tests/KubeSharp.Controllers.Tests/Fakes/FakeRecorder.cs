using KubeSharp.Api;
using KubeSharp.Client.Events;

namespace KubeSharp.Controllers.Tests.Fakes;

/// <summary>Records events as upstream's FakeRecorder does: <c>"Normal SuccessfulCreate Created pod: x"</c>.</summary>
public sealed class FakeRecorder : IEventRecorder
{
    private readonly Lock _lock = new();
    private readonly List<string> _events = [];

    public IReadOnlyList<string> Events
    {
        get
        {
            lock (_lock)
            {
                return [.. _events];
            }
        }
    }

    public void Event(IKubernetesObject obj, string eventType, string reason, string message)
    {
        lock (_lock)
        {
            _events.Add(eventType + " " + reason + " " + message);
        }
    }

    public void AnnotatedEvent(IKubernetesObject obj, IReadOnlyDictionary<string, string>? annotations, string eventType, string reason, string message) =>
        Event(obj, eventType, reason, message);
}
