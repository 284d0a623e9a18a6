namespace KubeSharp.Client.WorkQueue;

/// <summary>client-go's <c>workqueue.TypedRateLimiter</c>: how long a key waits before it is retried.</summary>
public interface IRateLimiter<T>
    where T : notnull
{
    /// <summary>Records a failure (or a request) for the key and returns how long to wait before retrying it.</summary>
    TimeSpan When(T item);

    /// <summary>Forgets the key's failures: it succeeded, or was given up.</summary>
    void Forget(T item);

    /// <summary>How many times the key has been retried since it was last forgotten.</summary>
    int NumRequeues(T item);
}
