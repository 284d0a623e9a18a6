using KubeSharp.Api.Core.V1;
using KubeSharp.Client.Rest;

namespace KubeSharp.Client.Events;

/// <summary>Writes events through the client to core/v1 events (upstream's <c>typedcorev1.EventSinkImpl</c>).</summary>
public sealed class EventSink(Kubernetes client) : IEventSink
{
    private readonly ResourceClient<Event> _events = client.Resource<Event>();

    public Task<Event> CreateAsync(Event evt, CancellationToken cancellationToken) =>
        _events.Namespace(NamespaceOf(evt)).CreateAsync(evt, cancellationToken: cancellationToken);

    public Task<Event> UpdateAsync(Event evt, CancellationToken cancellationToken) =>
        _events.Namespace(NamespaceOf(evt)).UpdateAsync(evt, cancellationToken: cancellationToken);

    public Task<Event> PatchAsync(Event evt, string patch, CancellationToken cancellationToken) =>
        _events.Namespace(NamespaceOf(evt)).PatchAsync(evt.Metadata.Name!, PatchType.StrategicMerge, patch, cancellationToken: cancellationToken);

    private static string NamespaceOf(Event evt) => string.IsNullOrEmpty(evt.Metadata.Namespace) ? "default" : evt.Metadata.Namespace;
}
