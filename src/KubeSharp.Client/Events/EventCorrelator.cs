using System.Globalization;
using System.Text.Json;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Client.Flowcontrol;

namespace KubeSharp.Client.Events;

/// <summary>
/// Keeps events from flooding the API server, as upstream's <c>EventCorrelator</c> (record/events_cache.go):
/// <list type="number">
/// <item>Aggregation: once more than 10 events about one object share source, type and reason but differ in
/// message within 10 minutes, further ones become a single event "(combined from similar events): …".</item>
/// <item>De-duplication: an event identical to one already written (or the combined event) is not written again;
/// the existing one is patched with count+1 and a new lastTimestamp.</item>
/// <item>Spam filter: each source and object may emit 25 events, then one per 5 minutes; the rest are dropped.</item>
/// </list>
/// </summary>
public sealed class EventCorrelator
{
    private const string CombinedPrefix = "(combined from similar events): ";

    private readonly Lock _lock = new();
    private readonly EventCorrelatorOptions _options;
    private readonly TimeProvider _time;
    private readonly LruCache<AggregateRecord> _aggregates;
    private readonly LruCache<EventLog> _logs;
    private readonly LruCache<TokenBucketRateLimiter> _spam;

    public EventCorrelator(TimeProvider time, EventCorrelatorOptions? options = null)
    {
        _time = time;
        _options = options ?? new EventCorrelatorOptions();
        _aggregates = new LruCache<AggregateRecord>(_options.LruCacheSize);
        _logs = new LruCache<EventLog>(_options.LruCacheSize);
        _spam = new LruCache<TokenBucketRateLimiter>(_options.LruCacheSize);
    }

    /// <summary>Decides what to write for <paramref name="evt"/>: possibly a combined event, possibly a patch of an existing one, or nothing.</summary>
    public EventCorrelateResult EventCorrelate(Event evt)
    {
        ArgumentNullException.ThrowIfNull(evt);
        lock (_lock)
        {
            var (aggregated, key) = Aggregate(evt);
            var (observed, patch) = Observe(aggregated, key);
            var skip = !AllowedBySpamFilter(observed);
            return new EventCorrelateResult(observed, patch, skip);
        }
    }

    /// <summary>Remembers the server's copy of a written event (its name and resourceVersion) for later de-duplication.</summary>
    public void UpdateState(Event evt)
    {
        ArgumentNullException.ThrowIfNull(evt);
        lock (_lock)
        {
            _logs.Set(EventKeys.Full(evt), new EventLog(evt.Count ?? 1, evt.FirstTimestamp, evt.Metadata.Name ?? "", evt.Metadata.ResourceVersion ?? ""));
        }
    }

    /// <summary>Upstream's EventAggregator.EventAggregate.</summary>
    private (Event Event, string Key) Aggregate(Event evt)
    {
        var now = _time.GetUtcNow();
        var aggregateKey = EventKeys.Aggregate(evt);
        var fullKey = EventKeys.Full(evt);
        if (!_aggregates.TryGet(aggregateKey, out var record) || now - record.LastTimestamp > _options.MaxInterval)
        {
            record = new AggregateRecord();
        }

        record.LastTimestamp = now;
        record.LocalKeys.Add(evt.Message ?? "");
        _aggregates.Set(aggregateKey, record);
        if (record.LocalKeys.Count < _options.MaxEvents)
        {
            return (evt, fullKey);
        }

        // Do not let the set of distinct messages grow past the limit.
        record.LocalKeys.Remove(record.LocalKeys.First());
        var combined = new Event
        {
            Metadata = new ObjectMeta { Name = EventRecorder.EventName(evt.InvolvedObject.Name, now), Namespace = evt.Metadata.Namespace },
            Count = 1,
            FirstTimestamp = now,
            LastTimestamp = now,
            InvolvedObject = evt.InvolvedObject,
            Message = CombinedPrefix + evt.Message,
            Type = evt.Type,
            Reason = evt.Reason,
            Source = evt.Source,
            ReportingController = evt.ReportingController,
            ReportingInstance = evt.ReportingInstance,
        };
        return (combined, aggregateKey);
    }

    /// <summary>Upstream's eventLogger.eventObserve: a repeat of a known event becomes a patch of count and lastTimestamp.</summary>
    private (Event Event, string? Patch) Observe(Event evt, string key)
    {
        string? patch = null;
        if (_logs.TryGet(key, out var last))
        {
            evt.Count = last.Count + 1;
            evt.FirstTimestamp = last.FirstTimestamp;
            evt.Metadata.Name = last.Name;
            evt.Metadata.ResourceVersion = last.ResourceVersion;
            patch = CountPatch(evt);
        }

        _logs.Set(key, new EventLog(evt.Count ?? 1, evt.FirstTimestamp, evt.Metadata.Name ?? "", evt.Metadata.ResourceVersion ?? ""));
        return (evt, patch);
    }

    /// <summary>Upstream's EventSourceObjectSpamFilter: a token bucket per source and object.</summary>
    private bool AllowedBySpamFilter(Event evt)
    {
        var key = EventKeys.Spam(evt);
        if (!_spam.TryGet(key, out var bucket))
        {
            bucket = new TokenBucketRateLimiter(_options.SpamQps, _options.SpamBurst, _time);
            _spam.Set(key, bucket);
        }

        return bucket.TryAccept();
    }

    /// <summary>The two-way merge patch upstream computes between the old and new {count, lastTimestamp, message}.</summary>
    private static string CountPatch(Event evt)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("count", evt.Count ?? 1);
            if (evt.LastTimestamp is { } last)
            {
                writer.WriteString("lastTimestamp", last.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }

            writer.WriteString("message", evt.Message);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private sealed class AggregateRecord
    {
        public HashSet<string> LocalKeys { get; } = new(StringComparer.Ordinal);

        public DateTimeOffset LastTimestamp { get; set; }
    }

    private readonly record struct EventLog(int Count, DateTimeOffset? FirstTimestamp, string Name, string ResourceVersion);
}
