namespace KubeSharp.Storage.Internal;

/// <summary>
/// The bounded in-memory log that feeds every watch: the writer appends each committed event and publishes
/// the new revision; watches read from it at their own pace. Writers never wait for watchers: a slot is
/// simply overwritten, and a watch that finds its next revision overwritten reads the backend's history.
/// </summary>
/// <remarks>
/// Unlike kine, nothing polls the database: the writer wakes watchers by completing one shared task per publish,
/// an O(1) step for the writer whatever the number of watchers. Slots hold immutable events indexed by revision
/// modulo the capacity, and every revision is exactly one event.
/// </remarks>
internal sealed class WatchLog
{
    private readonly WatchEvent?[] _ring;
    private long _published;
    private long _progressGeneration;
    private TaskCompletionSource _signal = NewSignal();
    private Exception? _closed;

    public WatchLog(int capacity, long publishedRevision)
    {
        _ring = new WatchEvent?[capacity];
        _published = publishedRevision;
    }

    /// <summary>The highest revision every watch may now read.</summary>
    public long Published => Volatile.Read(ref _published);

    /// <summary>Bumped by every progress request; watches compare it with what they last saw.</summary>
    public long ProgressGeneration => Volatile.Read(ref _progressGeneration);

    /// <summary>Set once the store closes; watches end with it.</summary>
    public Exception? Closed => Volatile.Read(ref _closed);

    /// <summary>Stores an event; it becomes visible with the next <see cref="Publish"/>. Writer only.</summary>
    public void Append(WatchEvent watchEvent) => Volatile.Write(ref _ring[watchEvent.Revision % _ring.Length], watchEvent);

    /// <summary>Makes every appended event up to <paramref name="revision"/> visible and wakes the watches.</summary>
    public void Publish(long revision)
    {
        Volatile.Write(ref _published, revision);
        Wake();
    }

    public void RequestProgress()
    {
        Interlocked.Increment(ref _progressGeneration);
        Wake();
    }

    public void Close(Exception reason)
    {
        Interlocked.CompareExchange(ref _closed, reason, null);
        Wake();
    }

    /// <summary>The event at <paramref name="revision"/> if it is still in the log.</summary>
    public WatchEvent? TryRead(long revision)
    {
        var watchEvent = Volatile.Read(ref _ring[revision % _ring.Length]);
        return watchEvent is not null && watchEvent.Revision == revision ? watchEvent : null;
    }

    /// <summary>
    /// A task that completes at the next publish, progress request or close. Take it before checking
    /// <see cref="Published"/>, so a publish between the check and the wait is not missed.
    /// </summary>
    public Task NextSignal() => Volatile.Read(ref _signal).Task;

    private void Wake() => Interlocked.Exchange(ref _signal, NewSignal()).TrySetResult();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
