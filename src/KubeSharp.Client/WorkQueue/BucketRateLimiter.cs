using KubeSharp.Client.Flowcontrol;

namespace KubeSharp.Client.WorkQueue;

/// <summary>
/// An overall token bucket across all keys (client-go's <c>TypedBucketRateLimiter</c>): each <see cref="When"/>
/// reserves a token and returns how long until it is there. It tracks no keys, so it never counts requeues.
/// </summary>
public sealed class BucketRateLimiter<T>(TokenBucketRateLimiter bucket) : IRateLimiter<T>
    where T : notnull
{
    public TokenBucketRateLimiter Bucket { get; } = bucket;

    public TimeSpan When(T item) => Bucket.Reserve();

    public void Forget(T item)
    {
    }

    public int NumRequeues(T item) => 0;
}
