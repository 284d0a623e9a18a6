namespace KubeSharp.Client.WorkQueue;

/// <summary>client-go's <c>workqueue.TypedRateLimitingInterface</c>: a delaying queue that retries keys with back-off.</summary>
public interface IRateLimitingQueue<T> : IDelayingQueue<T>
    where T : notnull
{
    /// <summary>Adds the key after the rate limiter says it may be retried.</summary>
    void AddRateLimited(T item);

    /// <summary>Stops tracking the key's retries (call it after a successful sync); it does not remove the key.</summary>
    void Forget(T item);

    /// <summary>How many times the key was requeued with <see cref="AddRateLimited"/> since it was last forgotten.</summary>
    int NumRequeues(T item);
}
