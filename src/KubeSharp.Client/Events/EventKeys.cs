using KubeSharp.Api.Core.V1;

namespace KubeSharp.Client.Events;

/// <summary>The cache keys of upstream's events_cache.go: what makes two events "the same" or "similar".</summary>
internal static class EventKeys
{
    /// <summary>Everything but the timestamps: identical events share it (getEventKey).</summary>
    public static string Full(Event evt) => string.Join(
        "",
        evt.Source.Component,
        evt.Source.Host,
        evt.InvolvedObject.Kind,
        evt.InvolvedObject.Namespace,
        evt.InvolvedObject.Name,
        evt.InvolvedObject.FieldPath,
        evt.InvolvedObject.Uid,
        evt.InvolvedObject.ApiVersion,
        evt.Type,
        evt.Reason,
        evt.Message);

    /// <summary>Everything but the message: similar events share it (EventAggregatorByReasonFunc's aggregate key).</summary>
    public static string Aggregate(Event evt) => string.Join(
        "",
        evt.Source.Component,
        evt.Source.Host,
        evt.InvolvedObject.Kind,
        evt.InvolvedObject.Namespace,
        evt.InvolvedObject.Name,
        evt.InvolvedObject.Uid,
        evt.InvolvedObject.ApiVersion,
        evt.Type,
        evt.Reason,
        evt.ReportingController,
        evt.ReportingInstance);

    /// <summary>The source and object: all events about one object from one source share a spam budget (getSpamKey).</summary>
    public static string Spam(Event evt) => string.Join(
        "",
        evt.Source.Component,
        evt.Source.Host,
        evt.InvolvedObject.Kind,
        evt.InvolvedObject.Namespace,
        evt.InvolvedObject.Name,
        evt.InvolvedObject.Uid,
        evt.InvolvedObject.ApiVersion,
        evt.Type);
}
