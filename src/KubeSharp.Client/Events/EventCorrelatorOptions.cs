namespace KubeSharp.Client.Events;

/// <summary>The correlator's limits, with upstream's defaults (record/events_cache.go).</summary>
public sealed record EventCorrelatorOptions
{
    /// <summary>Distinct keys remembered by the aggregator and the de-duplicating logger. Default 4096.</summary>
    public int LruCacheSize { get; init; } = 4096;

    /// <summary>Similar events (same object and reason, different messages) before they are combined. Default 10.</summary>
    public int MaxEvents { get; init; } = 10;

    /// <summary>Similar events older than this start a new group. Default 600 s.</summary>
    public TimeSpan MaxInterval { get; init; } = TimeSpan.FromSeconds(600);

    /// <summary>Token refill rate of the per-object spam filter: one event every 5 minutes…</summary>
    public double SpamQps { get; init; } = 1.0 / 300.0;

    /// <summary>…after a burst of 25.</summary>
    public int SpamBurst { get; init; } = 25;
}
