namespace KubeSharp.Client.WorkQueue;

/// <summary>
/// The basic work queue (client-go's <c>workqueue.Typed</c>): an ordered queue, a dirty set (keys that need
/// processing) and a processing set (keys a worker holds). See <see cref="IWorkQueue{T}"/>.
/// </summary>
public class WorkQueue<T> : IWorkQueue<T>
    where T : notnull
{
    private readonly Queue<T> _queue = new();
    private readonly HashSet<T> _dirty = [];
    private readonly HashSet<T> _processing = [];
    private readonly LinkedList<TaskCompletionSource<(T, bool)>> _waiters = new();
    private TaskCompletionSource? _drained;
    private bool _shuttingDown;

    public WorkQueue(string name = "")
    {
        Name = name;
    }

    /// <summary>The queue's name, as controllers name theirs ("replicaset"), for logs.</summary>
    public string Name { get; }

    /// <summary>Guards all state; derived queues take it too, so they compose without lock ordering issues.</summary>
    protected Lock SyncRoot { get; } = new();

    /// <summary>Whether shutdown has started; read it only while holding <see cref="SyncRoot"/>.</summary>
    protected bool IsShuttingDownLocked => _shuttingDown;

    public int Length
    {
        get
        {
            lock (SyncRoot)
            {
                return _queue.Count;
            }
        }
    }

    public bool ShuttingDown
    {
        get
        {
            lock (SyncRoot)
            {
                return _shuttingDown;
            }
        }
    }

    public void Add(T item)
    {
        TaskCompletionSource<(T, bool)>? handOff = null;
        lock (SyncRoot)
        {
            if (_shuttingDown || !_dirty.Add(item))
            {
                return;
            }

            if (_processing.Contains(item))
            {
                // Queued again by Done, so one key is never processed by two workers at once.
                return;
            }

            handOff = TakeWaiterFor(item);
        }

        handOff?.TrySetResult((item, false));
    }

    public ValueTask<(T Item, bool Shutdown)> GetAsync(CancellationToken cancellationToken = default)
    {
        TaskCompletionSource<(T, bool)> waiter;
        LinkedListNode<TaskCompletionSource<(T, bool)>> node;
        lock (SyncRoot)
        {
            if (_queue.TryDequeue(out var item))
            {
                _processing.Add(item);
                _dirty.Remove(item);
                return ValueTask.FromResult((item, false));
            }

            if (_shuttingDown)
            {
                return ValueTask.FromResult((default(T)!, true));
            }

            cancellationToken.ThrowIfCancellationRequested();
            waiter = new TaskCompletionSource<(T, bool)>(TaskCreationOptions.RunContinuationsAsynchronously);
            node = _waiters.AddLast(waiter);
        }

        return cancellationToken.CanBeCanceled
            ? WaitCancellableAsync(waiter, node, cancellationToken)
            : new ValueTask<(T, bool)>(waiter.Task);
    }

    public void Done(T item)
    {
        TaskCompletionSource<(T, bool)>? handOff = null;
        TaskCompletionSource? drained = null;
        lock (SyncRoot)
        {
            if (!_processing.Remove(item))
            {
                return;
            }

            if (_dirty.Contains(item))
            {
                handOff = TakeWaiterFor(item);
            }

            if (_processing.Count == 0 && _drained is not null)
            {
                drained = _drained;
            }
        }

        handOff?.TrySetResult((item, false));
        drained?.TrySetResult();
    }

    public void ShutDown()
    {
        List<TaskCompletionSource<(T, bool)>> woken;
        lock (SyncRoot)
        {
            if (_shuttingDown)
            {
                return;
            }

            _shuttingDown = true;
            OnShutDown();
            woken = [.. _waiters];
            _waiters.Clear();
        }

        foreach (var waiter in woken)
        {
            waiter.TrySetResult((default!, true));
        }
    }

    public async Task ShutDownWithDrainAsync(CancellationToken cancellationToken = default)
    {
        Task drained;
        lock (SyncRoot)
        {
            _drained ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_processing.Count == 0)
            {
                _drained.TrySetResult();
            }

            drained = _drained.Task;
        }

        ShutDown();
        await drained.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Called under <see cref="SyncRoot"/> when shutdown starts, so derived queues stop their timers.</summary>
    protected virtual void OnShutDown()
    {
    }

    /// <summary>
    /// Under the lock: hands a dirty, idle key to a waiting worker if there is one (marking it processing),
    /// otherwise appends it to the queue.
    /// </summary>
    private TaskCompletionSource<(T, bool)>? TakeWaiterFor(T item)
    {
        while (_waiters.First is { } first)
        {
            _waiters.RemoveFirst();
            if (first.Value.Task.IsCompleted)
            {
                continue;
            }

            _processing.Add(item);
            _dirty.Remove(item);
            return first.Value;
        }

        _queue.Enqueue(item);
        return null;
    }

    private async ValueTask<(T, bool)> WaitCancellableAsync(
        TaskCompletionSource<(T, bool)> waiter, LinkedListNode<TaskCompletionSource<(T, bool)>> node, CancellationToken cancellationToken)
    {
        using (cancellationToken.Register(() =>
        {
            lock (SyncRoot)
            {
                // Only a waiter still in the list can be cancelled; one already handed a key keeps it.
                if (node.List is null)
                {
                    return;
                }

                _waiters.Remove(node);
            }

            waiter.TrySetCanceled(cancellationToken);
        }))
        {
            return await waiter.Task.ConfigureAwait(false);
        }
    }
}
