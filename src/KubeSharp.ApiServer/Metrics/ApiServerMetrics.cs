namespace KubeSharp.ApiServer.Metrics;

/// <summary>
/// The request metrics upstream's apiserver exposes (<c>apiserver/pkg/endpoints/metrics</c>), with the same
/// names and labels so existing dashboards and alerts work.
/// </summary>
public sealed class ApiServerMetrics
{
    /// <summary>Upstream's request-duration buckets, in seconds.</summary>
    public static readonly double[] DurationBuckets =
        [0.005, 0.025, 0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 1.0, 1.25, 1.5, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 45, 60];

    public ApiServerMetrics(MetricsRegistry registry)
    {
        Registry = registry;
        RequestTotal = registry.Register(new CounterVec(
            "apiserver_request_total",
            "[STABLE] Counter of apiserver requests broken out for each verb, dry run value, group, version, resource, scope, component, and HTTP response code.",
            "code", "component", "dry_run", "group", "resource", "scope", "subresource", "verb", "version"));
        RequestDuration = registry.Register(new HistogramVec(
            "apiserver_request_duration_seconds",
            "[STABLE] Response latency distribution in seconds for each verb, dry run value, group, version, resource, subresource, scope and component.",
            DurationBuckets,
            "component", "dry_run", "group", "resource", "scope", "subresource", "verb", "version"));
        InflightRequests = registry.Register(new GaugeVec(
            "apiserver_current_inflight_requests",
            "[STABLE] Maximal number of currently used inflight request limit of this apiserver per request kind in last second.",
            "request_kind"));
        RegisteredWatchers = registry.Register(new GaugeVec(
            "apiserver_registered_watchers",
            "[ALPHA] Number of currently registered watchers for a given resources",
            "group", "kind", "version"));
    }

    public MetricsRegistry Registry { get; }

    public CounterVec RequestTotal { get; }

    public HistogramVec RequestDuration { get; }

    public GaugeVec InflightRequests { get; }

    public GaugeVec RegisteredWatchers { get; }
}
