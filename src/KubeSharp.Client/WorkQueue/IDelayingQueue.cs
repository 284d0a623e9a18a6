namespace KubeSharp.Client.WorkQueue;

/// <summary>client-go's <c>workqueue.TypedDelayingInterface</c>: a work queue that can add a key later.</summary>
public interface IDelayingQueue<T> : IWorkQueue<T>
    where T : notnull
{
    /// <summary>
    /// Adds the key once <paramref name="delay"/> has passed (at once when it is zero or negative). A key already
    /// waiting keeps the earlier of its two ready times.
    /// </summary>
    void AddAfter(T item, TimeSpan delay);
}
