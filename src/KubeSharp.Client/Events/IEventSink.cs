using KubeSharp.Api.Core.V1;

namespace KubeSharp.Client.Events;

/// <summary>Where recorded events are written (upstream's <c>record.EventSink</c>); normally the API server.</summary>
public interface IEventSink
{
    Task<Event> CreateAsync(Event evt, CancellationToken cancellationToken);

    Task<Event> UpdateAsync(Event evt, CancellationToken cancellationToken);

    /// <summary>Applies a strategic merge patch (count, lastTimestamp, message) to an existing event.</summary>
    Task<Event> PatchAsync(Event evt, string patch, CancellationToken cancellationToken);
}
