namespace KubeSharp.Kubelet.Kuberuntime;

/// <summary>
/// Per-key exponential back-off as upstream's client-go flowcontrol.Backoff, which the kubelet uses for crash-looping
/// containers and failing image pulls: the first delay is <c>initial</c>, each next one doubles up to <c>max</c>, and
/// an entry not touched for twice <c>max</c> starts over (so a container that ran 10 minutes restarts without delay).
/// </summary>
public sealed class BackOff
{
    private readonly TimeSpan _initial;
    private readonly TimeSpan _max;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, (TimeSpan Delay, DateTimeOffset LastUpdate)> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public BackOff(TimeSpan initial, TimeSpan max, TimeProvider time)
    {
        _initial = initial;
        _max = max;
        _time = time;
    }

    /// <summary>The current delay for <paramref name="key"/> (zero if none).</summary>
    public TimeSpan Get(string key)
    {
        lock (_lock)
        {
            return _entries.TryGetValue(key, out var entry) ? entry.Delay : TimeSpan.Zero;
        }
    }

    /// <summary>Moves <paramref name="key"/> to its next delay, or back to the initial one when it expired since <paramref name="eventTime"/>.</summary>
    public void Next(string key, DateTimeOffset eventTime)
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            if (!_entries.TryGetValue(key, out var entry) || HasExpired(eventTime, entry.LastUpdate))
            {
                _entries[key] = (_initial, now);
                return;
            }

            var doubled = entry.Delay + entry.Delay;
            _entries[key] = (doubled > _max ? _max : doubled, now);
        }
    }

    /// <summary>
    /// Whether <paramref name="key"/> is still backing off from something that happened at <paramref name="eventTime"/>;
    /// <paramref name="remaining"/> is how long until it is not.
    /// </summary>
    public bool IsInBackOffSince(string key, DateTimeOffset eventTime, out TimeSpan remaining)
    {
        lock (_lock)
        {
            remaining = TimeSpan.Zero;
            var now = _time.GetUtcNow();
            if (!_entries.TryGetValue(key, out var entry) || HasExpired(now, entry.LastUpdate))
            {
                return false;
            }

            remaining = entry.Delay - (now - eventTime);
            return remaining > TimeSpan.Zero;
        }
    }

    /// <summary>Whether <paramref name="key"/> was moved on less than its delay ago (upstream's IsInBackOffSinceUpdate).</summary>
    public bool IsInBackOffSinceUpdate(string key)
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            return _entries.TryGetValue(key, out var entry) && !HasExpired(now, entry.LastUpdate) && now - entry.LastUpdate < entry.Delay;
        }
    }

    /// <summary>Forgets every key that contains <paramref name="part"/> (a deleted pod's UID).</summary>
    public void ForgetContaining(string part)
    {
        lock (_lock)
        {
            foreach (var key in _entries.Keys.Where(k => k.Contains(part, StringComparison.Ordinal)).ToList())
            {
                _entries.Remove(key);
            }
        }
    }

    private bool HasExpired(DateTimeOffset eventTime, DateTimeOffset lastUpdate) => eventTime - lastUpdate > _max + _max;
}
