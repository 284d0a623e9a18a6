namespace KubeSharp.Client.WorkQueue;

/// <summary>
/// The queue controllers use (client-go's <c>rateLimitingType</c>): a <see cref="DelayingQueue{T}"/> whose
/// <see cref="AddRateLimited"/> waits as long as the <see cref="IRateLimiter{T}"/> says; by default
/// <see cref="DefaultControllerRateLimiter.Create{T}"/>.
/// </summary>
public sealed class RateLimitingQueue<T> : DelayingQueue<T>, IRateLimitingQueue<T>
    where T : notnull
{
    private readonly IRateLimiter<T> _rateLimiter;

    public RateLimitingQueue(TimeProvider time, string name = "", IRateLimiter<T>? rateLimiter = null)
        : base(time, name)
    {
        _rateLimiter = rateLimiter ?? DefaultControllerRateLimiter.Create<T>(time);
    }

    public void AddRateLimited(T item) => AddAfter(item, _rateLimiter.When(item));

    public void Forget(T item) => _rateLimiter.Forget(item);

    public int NumRequeues(T item) => _rateLimiter.NumRequeues(item);
}
