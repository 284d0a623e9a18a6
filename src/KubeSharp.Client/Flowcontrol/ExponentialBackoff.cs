namespace KubeSharp.Client.Flowcontrol;

/// <summary>
/// Back-off between retries of a loop (upstream's <c>wait.NewExponentialBackoffManager</c>): starts at
/// <c>initial</c>, doubles up to <c>max</c>, adds up to 100% jitter, and starts over after <c>resetAfter</c>
/// without failures. Reflectors use 800 ms → 30 s, reset after 2 minutes.
/// </summary>
public sealed class ExponentialBackoff(TimeSpan initial, TimeSpan max, TimeSpan resetAfter, double factor, double jitter, TimeProvider time, Random? random = null)
{
    private readonly Lock _lock = new();
    private readonly Random _random = random ?? Random.Shared;
    private TimeSpan _current;
    private long _lastStart = long.MinValue;

    /// <summary>The reflector's back-off: 800 ms doubling to 30 s, full jitter, reset after 2 minutes quiet.</summary>
    public static ExponentialBackoff ForReflector(TimeProvider time, Random? random = null) =>
        new(TimeSpan.FromMilliseconds(800), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), 2.0, 1.0, time, random);

    /// <summary>The next wait, growing on each call unless the last one was longer than the reset period ago.</summary>
    public TimeSpan Next()
    {
        lock (_lock)
        {
            var now = time.GetTimestamp();
            if (_lastStart == long.MinValue || time.GetElapsedTime(_lastStart, now) > resetAfter)
            {
                _current = initial;
            }
            else
            {
                _current = TimeSpan.FromTicks(Math.Min(max.Ticks, (long)(_current.Ticks * factor)));
            }

            _lastStart = now;
            var jittered = jitter > 0 ? _current + TimeSpan.FromTicks((long)(_random.NextDouble() * jitter * _current.Ticks)) : _current;
            return jittered;
        }
    }

    /// <summary>Waits for <see cref="Next"/> on the injected clock.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(Next(), time, cancellationToken);
}
