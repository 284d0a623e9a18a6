using System.Globalization;
using KubeSharp.Api;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Client.Events;

/// <summary>
/// Builds core/v1 Events for one source (component and host) and hands them to the broadcaster (upstream's
/// <c>recorderImpl</c>). The event is named <c>OBJECTNAME.HEXNANOS</c> and lives in the object's namespace, or
/// "default" for cluster-scoped objects, as upstream.
/// </summary>
public sealed partial class EventRecorder : IEventRecorder
{
    private readonly EventBroadcaster _broadcaster;
    private readonly EventSource _source;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal EventRecorder(EventBroadcaster broadcaster, EventSource source, TimeProvider time, ILogger logger)
    {
        _broadcaster = broadcaster;
        _source = source;
        _time = time;
        _logger = logger;
    }

    public void Event(IKubernetesObject obj, string eventType, string reason, string message) =>
        AnnotatedEvent(obj, null, eventType, reason, message);

    public void AnnotatedEvent(IKubernetesObject obj, IReadOnlyDictionary<string, string>? annotations, string eventType, string reason, string message)
    {
        ArgumentNullException.ThrowIfNull(obj);
        if (eventType is not (EventTypes.Normal or EventTypes.Warning))
        {
            LogUnsupportedType(eventType, reason, message);
            return;
        }

        var reference = Reference(obj);
        var now = _time.GetUtcNow();
        var evt = new Event
        {
            Metadata = new ObjectMeta
            {
                Name = EventName(reference.Name, now),
                Namespace = string.IsNullOrEmpty(reference.Namespace) ? "default" : reference.Namespace,
                Annotations = annotations is null ? null : new Dictionary<string, string>(annotations),
            },
            InvolvedObject = reference,
            Reason = reason,
            Message = message,
            FirstTimestamp = now,
            LastTimestamp = now,
            Count = 1,
            Type = eventType,
            Source = new EventSource { Component = _source.Component, Host = _source.Host },
            ReportingController = _source.Component ?? "",
            ReportingInstance = _source.Host ?? "",
        };
        _broadcaster.Enqueue(evt);
    }

    /// <summary><c>NAME.HEXNANOS</c>: upstream's <c>fmt.Sprintf("%v.%x", ref.Name, t.UnixNano())</c>.</summary>
    internal static string EventName(string? objectName, DateTimeOffset now)
    {
        var nanos = (now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100;
        return (objectName ?? "") + "." + nanos.ToString("x", CultureInfo.InvariantCulture);
    }

    /// <summary>The object reference an event points at (upstream's reference.GetReference).</summary>
    internal static ObjectReference Reference(IKubernetesObject obj)
    {
        var apiVersion = obj.ApiVersion;
        var kind = obj.Kind;
        if ((string.IsNullOrEmpty(apiVersion) || string.IsNullOrEmpty(kind)) && Api.Scheme.KubeScheme.Default.FindByType(obj.GetType()) is { } mapping)
        {
            // Objects from the client or an informer may lack TypeMeta; the scheme knows it.
            apiVersion = mapping.Kind.ApiVersion;
            kind = mapping.Kind.Kind;
        }

        return new ObjectReference
        {
            Kind = kind,
            ApiVersion = apiVersion,
            Namespace = obj.Metadata.Namespace,
            Name = obj.Metadata.Name,
            Uid = obj.Metadata.Uid,
            ResourceVersion = obj.Metadata.ResourceVersion,
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unsupported event type: '{Type}' (reason {Reason}, message {Message})")]
    private partial void LogUnsupportedType(string type, string reason, string message);
}
