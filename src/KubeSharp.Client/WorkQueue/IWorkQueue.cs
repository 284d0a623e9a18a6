namespace KubeSharp.Client.WorkQueue;

/// <summary>
/// client-go's <c>workqueue.TypedInterface</c>: a FIFO of keys that holds each key at most once (dirty set) and
/// never hands one key to two workers at a time (processing set). A key added while it is being processed is
/// queued again when the worker calls <see cref="Done"/>, so no change is lost and no key is worked on twice
/// concurrently.
/// </summary>
public interface IWorkQueue<T>
    where T : notnull
{
    /// <summary>Queues the key unless it is already waiting; ignored once shutting down.</summary>
    void Add(T item);

    /// <summary>How many keys wait to be handed out (not counting those being processed).</summary>
    int Length { get; }

    /// <summary>
    /// Waits for a key and marks it processing. Returns <c>Shutdown = true</c> (and a default item) once the
    /// queue is shut down and empty; keys queued before shutdown are still handed out.
    /// </summary>
    ValueTask<(T Item, bool Shutdown)> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Marks the key's processing finished; if it was added meanwhile, it is queued again.</summary>
    void Done(T item);

    /// <summary>Stops accepting keys and wakes every waiting worker; keys already queued are still handed out.</summary>
    void ShutDown();

    /// <summary>Like <see cref="ShutDown"/>, then waits until every key being processed is <see cref="Done"/>.</summary>
    Task ShutDownWithDrainAsync(CancellationToken cancellationToken = default);

    bool ShuttingDown { get; }
}
