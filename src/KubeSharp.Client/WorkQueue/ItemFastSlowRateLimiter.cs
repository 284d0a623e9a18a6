namespace KubeSharp.Client.WorkQueue;

/// <summary>
/// Retries a key quickly a few times, then slowly (client-go's <c>ItemFastSlowRateLimiter</c>): the first
/// <c>maxFastAttempts</c> failures wait <c>fastDelay</c>, later ones <c>slowDelay</c>.
/// </summary>
public sealed class ItemFastSlowRateLimiter<T>(TimeSpan fastDelay, TimeSpan slowDelay, int maxFastAttempts) : IRateLimiter<T>
    where T : notnull
{
    private readonly Lock _lock = new();
    private readonly Dictionary<T, int> _failures = [];

    public TimeSpan When(T item)
    {
        int attempts;
        lock (_lock)
        {
            attempts = _failures.GetValueOrDefault(item) + 1;
            _failures[item] = attempts;
        }

        return attempts <= maxFastAttempts ? fastDelay : slowDelay;
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
