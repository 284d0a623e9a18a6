using System.Diagnostics;

namespace KubeSharp.Testing.Time;

/// <summary>
/// Virtual time for tests: nothing moves until <see cref="Advance"/> (or <see cref="SetUtcNow"/>), which fires
/// every timer that falls due on the way, in due order, each with the clock set to its due time. Timers,
/// <c>Task.Delay(…, time)</c> and <c>CancellationTokenSource(…, time)</c> all run on it, so back-off, leases and
/// rate limits are tested in milliseconds without flakes. Shaped like Microsoft.Extensions.TimeProvider.Testing's
/// FakeTimeProvider, which is not available here.
/// </summary>
/// <remarks>
/// Callbacks run on the thread that advances time, outside the provider's lock and without a synchronization
/// context, so a callback may create or change timers and code awaiting a delay continues inline. Code that
/// runs on its own loop (a reflector, a leader elector) parks on a timer between steps; <see cref="WaitForTimersAsync"/> lets a test wait until it has parked before moving time on.
/// </remarks>
public sealed class FakeTimeProvider : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<FakeTimer> _timers = [];
    private DateTimeOffset _now;
    private long _sequence;

    /// <summary>Starts at 2025-01-01T00:00:00Z unless told otherwise.</summary>
    public FakeTimeProvider(DateTimeOffset? start = null)
    {
        _now = start ?? new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>How many timers are scheduled (due at some point), for tests that wait for a loop to park.</summary>
    public int PendingTimers
    {
        get
        {
            lock (_lock)
            {
                return _timers.Count;
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new FakeTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves time forward by <paramref name="by"/>, firing every timer that falls due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_lock)
        {
            target = _now + by;
        }

        RunUntil(target);
    }

    /// <summary>Moves time forward to <paramref name="value"/> (never back), firing timers on the way.</summary>
    public void SetUtcNow(DateTimeOffset value)
    {
        lock (_lock)
        {
            if (value < _now)
            {
                throw new ArgumentOutOfRangeException(nameof(value), "virtual time cannot go back");
            }
        }

        RunUntil(value);
    }

    /// <summary>
    /// Waits (in real time, bounded) until at least <paramref name="count"/> timers are scheduled: the sign that
    /// background loops have parked and moving time on will wake them.
    /// </summary>
    public async Task WaitForTimersAsync(int count, TimeSpan? timeout = null)
    {
        var limit = timeout ?? Wait.DefaultTimeout;
        var started = Stopwatch.GetTimestamp();
        while (PendingTimers < count)
        {
            if (Stopwatch.GetElapsedTime(started) > limit)
            {
                throw new TimeoutException($"expected {count} pending timers, have {PendingTimers}");
            }

            await Task.Delay(1);
        }
    }

    private void RunUntil(DateTimeOffset target)
    {
        // Fire callbacks without the test framework's synchronization context, so the continuations of awaited
        // delays run inline, in due order, before Advance returns (xunit's context would post them to the pool).
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            FireDueTimers(target);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    private void FireDueTimers(DateTimeOffset target)
    {
        while (true)
        {
            FakeTimer? due = null;
            lock (_lock)
            {
                foreach (var timer in _timers)
                {
                    if (timer.Due <= target && (due is null || timer.Due < due.Due || (timer.Due == due.Due && timer.Sequence < due.Sequence)))
                    {
                        due = timer;
                    }
                }

                if (due is null)
                {
                    _now = target;
                    return;
                }

                if (due.Due > _now)
                {
                    _now = due.Due;
                }

                if (due.Period > TimeSpan.Zero)
                {
                    due.Due = _now + due.Period;
                    due.Sequence = ++_sequence;
                }
                else
                {
                    _timers.Remove(due);
                }
            }

            due.Fire();
        }
    }

    private sealed class FakeTimer(FakeTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset Due { get; set; }

        public long Sequence { get; set; }

        public TimeSpan Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._lock)
            {
                owner._timers.Remove(this);
                Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
                if (dueTime != Timeout.InfiniteTimeSpan)
                {
                    Due = owner._now + dueTime;
                    Sequence = ++owner._sequence;
                    owner._timers.Add(this);
                }
            }

            return true;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner._lock)
            {
                owner._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
