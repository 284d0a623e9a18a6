namespace KubeSharp.Client.WorkQueue;

/// <summary>
/// A work queue with <see cref="AddAfter"/> (client-go's <c>delayingType</c>): waiting keys sit in a heap by ready
/// time, de-duplicated so a key waits once with its earliest ready time, and one timer on the injected
/// <see cref="TimeProvider"/> moves them into the queue when due.
/// </summary>
public class DelayingQueue<T> : WorkQueue<T>, IDelayingQueue<T>
    where T : notnull
{
    private readonly TimeProvider _time;
    private readonly PriorityQueue<T, (long ReadyAt, long Sequence)> _waiting = new();
    private readonly Dictionary<T, long> _readyAt = [];
    private readonly ITimer _timer;
    private long _sequence;
    private long _armedFor = long.MaxValue;

    public DelayingQueue(TimeProvider time, string name = "")
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _timer = time.CreateTimer(_ => MoveReady(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>How many keys wait for their ready time.</summary>
    public int Waiting
    {
        get
        {
            lock (SyncRoot)
            {
                return _readyAt.Count;
            }
        }
    }

    public void AddAfter(T item, TimeSpan delay)
    {
        if (delay <= TimeSpan.Zero)
        {
            Add(item);
            return;
        }

        lock (SyncRoot)
        {
            if (IsShuttingDownLocked)
            {
                return;
            }

            var now = _time.GetTimestamp();
            var readyAt = now + (long)((double)delay.Ticks * _time.TimestampFrequency / TimeSpan.TicksPerSecond);
            if (_readyAt.TryGetValue(item, out var existing) && existing <= readyAt)
            {
                return;
            }

            // A stale heap entry for an earlier add is skipped when popped (its time no longer matches).
            _readyAt[item] = readyAt;
            _waiting.Enqueue(item, (readyAt, ++_sequence));
            Arm(now);
        }
    }

    protected override void OnShutDown()
    {
        _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _armedFor = long.MaxValue;
        _waiting.Clear();
        _readyAt.Clear();
    }

    /// <summary>Moves every key whose time has come into the queue, then re-arms the timer for the next.</summary>
    private void MoveReady()
    {
        var ready = new List<T>();
        lock (SyncRoot)
        {
            _armedFor = long.MaxValue;
            var now = _time.GetTimestamp();
            while (_waiting.TryPeek(out var item, out var key) && key.ReadyAt <= now)
            {
                _waiting.Dequeue();
                if (_readyAt.TryGetValue(item, out var readyAt) && readyAt == key.ReadyAt)
                {
                    _readyAt.Remove(item);
                    ready.Add(item);
                }
            }

            Arm(now);
        }

        foreach (var item in ready)
        {
            Add(item);
        }
    }

    private void Arm(long now)
    {
        while (_waiting.TryPeek(out var item, out var key))
        {
            if (_readyAt.TryGetValue(item, out var readyAt) && readyAt == key.ReadyAt)
            {
                break;
            }

            _waiting.Dequeue();
        }

        if (!_waiting.TryPeek(out _, out var next) || next.ReadyAt >= _armedFor)
        {
            return;
        }

        _armedFor = next.ReadyAt;
        var due = next.ReadyAt <= now ? TimeSpan.Zero : _time.GetElapsedTime(now, next.ReadyAt);
        _timer.Change(due, Timeout.InfiniteTimeSpan);
    }
}
