namespace KubeSharp.Client.WorkQueue;

/// <summary>
/// Per-key exponential back-off (client-go's <c>ItemExponentialFailureRateLimiter</c>): the n-th failure of a key
/// waits <c>baseDelay × 2^n</c>, capped at <c>maxDelay</c>, until the key is forgotten.
/// </summary>
public sealed class ItemExponentialFailureRateLimiter<T>(TimeSpan baseDelay, TimeSpan maxDelay) : IRateLimiter<T>
    where T : notnull
{
    private readonly Lock _lock = new();
    private readonly Dictionary<T, int> _failures = [];

    public TimeSpan When(T item)
    {
        int exponent;
        lock (_lock)
        {
            exponent = _failures.GetValueOrDefault(item);
            _failures[item] = exponent + 1;
        }

        // Computed in floating point so a large exponent saturates at the cap instead of overflowing, as upstream.
        var backoff = baseDelay.Ticks * Math.Pow(2, exponent);
        return backoff >= maxDelay.Ticks ? maxDelay : TimeSpan.FromTicks((long)backoff);
    }

    public void Forget(T item)
    {
        lock (_lock)
        {
            _failures.Remove(item);
        }
    }

    public int NumRequeues(T item)
    {
        lock (_lock)
        {
            return _failures.GetValueOrDefault(item);
        }
    }
}
