using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Framework;

namespace KubeSharp.Scheduler.Queue;

/// <summary>
/// The scheduling queue (upstream's internal/queue.PriorityQueue; renamed because System.Collections.Generic
/// already has a PriorityQueue). Three parts, as upstream:
/// <list type="bullet">
/// <item>activeQ, a heap in the profile's QueueSort order (priority, then arrival), from which the scheduler pops;</item>
/// <item>backoffQ, pods waiting out their back-off (1 s doubling to 10 s), ordered by back-off expiry;</item>
/// <item>unschedulablePods, rejected pods parked until a cluster event that one of their rejecting plugins
/// registered for (and whose queueing hint says Queue) moves them back, or until 5 minutes pass.</item>
/// </list>
/// Pods gated by a PreEnqueue plugin (scheduling gates) wait in unschedulablePods until an update ungates them.
/// </summary>
public sealed partial class SchedulingQueue : IDisposable
{
    private readonly object _sync = new();
    private readonly TimeProvider _time;
    private readonly SchedulingQueueOptions _options;
    private readonly Heap<QueuedPodInfo> _activeQ;
    private readonly Heap<QueuedPodInfo> _backoffQ;
    private readonly Dictionary<string, QueuedPodInfo> _unschedulablePods = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inFlightPods = new(StringComparer.Ordinal);
    private readonly Func<string, IReadOnlyList<IPreEnqueuePlugin>> _preEnqueuePlugins;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<ClusterEventWithHint>> _queueingHints;
    private ITimer? _backoffTimer;
    private ITimer? _unschedulableTimer;
    private bool _closed;

    /// <summary>Incremented on every Pop; a pod's attempt is identified by the cycle it was popped in.</summary>
    private long _schedulingCycle;

    /// <summary>The cycle of the last move request: pods failing in an earlier cycle go to back-off, not unschedulable.</summary>
    private long _moveRequestCycle = -1;

    /// <param name="less">The QueueSort plugin's order.</param>
    /// <param name="preEnqueuePlugins">PreEnqueue plugins of the profile named by a pod's schedulerName.</param>
    /// <param name="queueingHints">Events each plugin registered (by plugin name), which may requeue pods it rejected.</param>
    public SchedulingQueue(
        Func<QueuedPodInfo, QueuedPodInfo, bool> less,
        TimeProvider time,
        SchedulingQueueOptions? options = null,
        Func<string, IReadOnlyList<IPreEnqueuePlugin>>? preEnqueuePlugins = null,
        IReadOnlyDictionary<string, IReadOnlyList<ClusterEventWithHint>>? queueingHints = null,
        Nominator? nominator = null)
    {
        Nominator = nominator ?? new Nominator();
        _time = time;
        _options = options ?? new SchedulingQueueOptions();
        _activeQ = new Heap<QueuedPodInfo>(p => p.PodInfo.Key, less);
        _backoffQ = new Heap<QueuedPodInfo>(p => p.PodInfo.Key, (a, b) => BackoffExpiry(a) < BackoffExpiry(b));
        _preEnqueuePlugins = preEnqueuePlugins ?? (_ => []);
        _queueingHints = queueingHints ?? new Dictionary<string, IReadOnlyList<ClusterEventWithHint>>();
    }

    public Nominator Nominator { get; }

    /// <summary>The cycle of the most recent Pop.</summary>
    public long SchedulingCycle
    {
        get
        {
            lock (_sync)
            {
                return _schedulingCycle;
            }
        }
    }

    public int ActiveCount
    {
        get
        {
            lock (_sync)
            {
                return _activeQ.Count;
            }
        }
    }

    public int BackoffCount
    {
        get
        {
            lock (_sync)
            {
                return _backoffQ.Count;
            }
        }
    }

    public int UnschedulableCount
    {
        get
        {
            lock (_sync)
            {
                return _unschedulablePods.Count;
            }
        }
    }

    /// <summary>Starts the periodic flushes of completed back-offs and long-unschedulable pods.</summary>
    public void Run()
    {
        _backoffTimer = _time.CreateTimer(_ => FlushBackoffQCompleted(), null, _options.BackoffFlushInterval, _options.BackoffFlushInterval);
        _unschedulableTimer = _time.CreateTimer(_ => FlushUnschedulablePodsLeftover(), null, _options.UnschedulableFlushInterval, _options.UnschedulableFlushInterval);
    }

    /// <summary>Adds a new pending pod: to activeQ, or to the unschedulable pods when a PreEnqueue plugin gates it.</summary>
    public void Add(Pod pod)
    {
        lock (_sync)
        {
            var pInfo = NewQueuedPodInfo(pod);
            var key = pInfo.PodInfo.Key;
            if (_activeQ.Contains(key) || _inFlightPods.Contains(key))
            {
                return;
            }

            _unschedulablePods.Remove(key);
            _backoffQ.Delete(key);
            MoveToActiveQLocked(pInfo);
            Nominator.AddNominatedPod(pInfo.PodInfo, null);
        }
    }

    /// <summary>
    /// Returns a pod whose attempt failed (upstream's AddUnschedulableIfNotPresent). It goes to backoffQ when a
    /// move request happened during its attempt or no plugin rejected it (an error); otherwise it is parked
    /// with the unschedulable pods.
    /// </summary>
    public void AddUnschedulableIfNotPresent(QueuedPodInfo pInfo, long podSchedulingCycle)
    {
        lock (_sync)
        {
            var key = pInfo.PodInfo.Key;
            _inFlightPods.Remove(key);
            if (_unschedulablePods.ContainsKey(key) || _activeQ.Contains(key) || _backoffQ.Contains(key))
            {
                return;
            }

            pInfo.Timestamp = _time.GetUtcNow();
            if (_moveRequestCycle >= podSchedulingCycle || (pInfo.UnschedulablePlugins.Count == 0 && pInfo.PendingPlugins.Count == 0))
            {
                _backoffQ.AddOrUpdate(pInfo);
            }
            else
            {
                _unschedulablePods[key] = pInfo;
            }

            Nominator.AddNominatedPod(pInfo.PodInfo, null);
        }
    }

    /// <summary>Blocks until a pod is available (upstream's Pop); null once the queue is closed or cancelled.</summary>
    public QueuedPodInfo? Pop(CancellationToken cancellationToken = default)
    {
        using var registration = cancellationToken.Register(() =>
        {
            lock (_sync)
            {
                Monitor.PulseAll(_sync);
            }
        });
        lock (_sync)
        {
            while (_activeQ.Count == 0)
            {
                if (_closed || cancellationToken.IsCancellationRequested)
                {
                    return null;
                }

                Monitor.Wait(_sync);
            }

            return PopLocked();
        }
    }

    /// <summary>Pops without blocking; false when activeQ is empty.</summary>
    public bool TryPop(out QueuedPodInfo pInfo)
    {
        lock (_sync)
        {
            if (_activeQ.Count == 0)
            {
                pInfo = null!;
                return false;
            }

            pInfo = PopLocked();
            return true;
        }
    }

    /// <summary>The pod's attempt is over (bound, or requeued); it is no longer in flight.</summary>
    public void Done(Pod pod)
    {
        lock (_sync)
        {
            _inFlightPods.Remove(PodInfo.KeyOf(pod));
        }
    }

    /// <summary>A pending pod changed (upstream's Update).</summary>
    public void Update(Pod oldPod, Pod newPod)
    {
        lock (_sync)
        {
            var key = PodInfo.KeyOf(newPod);
            if (_activeQ.Get(key) is { } active)
            {
                Nominator.UpdateNominatedPod(oldPod, active.PodInfo);
                active.PodInfo.Update(newPod);
                _activeQ.AddOrUpdate(active);
                return;
            }

            if (_backoffQ.Get(key) is { } backoff)
            {
                Nominator.UpdateNominatedPod(oldPod, backoff.PodInfo);
                backoff.PodInfo.Update(newPod);
                _backoffQ.AddOrUpdate(backoff);
                return;
            }

            if (_unschedulablePods.TryGetValue(key, out var unschedulable))
            {
                Nominator.UpdateNominatedPod(oldPod, unschedulable.PodInfo);
                unschedulable.PodInfo.Update(newPod);
                if (PodComparison.IsPodUpdated(oldPod, newPod))
                {
                    // A spec change may fix whatever rejected it (or lift a gate): try again.
                    _unschedulablePods.Remove(key);
                    if (unschedulable.Gated)
                    {
                        MoveToActiveQLocked(unschedulable);
                    }
                    else if (IsPodBackingOff(unschedulable))
                    {
                        _backoffQ.AddOrUpdate(unschedulable);
                    }
                    else
                    {
                        MoveToActiveQLocked(unschedulable);
                    }
                }

                return;
            }

            if (_inFlightPods.Contains(key))
            {
                return;
            }

            var pInfo = NewQueuedPodInfo(newPod);
            MoveToActiveQLocked(pInfo);
            Nominator.AddNominatedPod(pInfo.PodInfo, null);
        }
    }

    /// <summary>A pending pod was deleted, or was bound by someone else.</summary>
    public void Delete(Pod pod)
    {
        lock (_sync)
        {
            var key = PodInfo.KeyOf(pod);
            Nominator.DeleteNominatedPodIfExists(pod);
            _activeQ.Delete(key);
            _backoffQ.Delete(key);
            _unschedulablePods.Remove(key);
        }
    }

    /// <summary>Moves pods whose back-off ended to activeQ (upstream's flushBackoffQCompleted).</summary>
    public void FlushBackoffQCompleted()
    {
        lock (_sync)
        {
            var moved = false;
            while (_backoffQ.Peek() is { } head && !IsPodBackingOff(head))
            {
                _backoffQ.Pop();
                _activeQ.AddOrUpdate(head);
                moved = true;
            }

            if (moved)
            {
                Monitor.PulseAll(_sync);
            }
        }
    }

    /// <summary>Retries pods unschedulable for longer than the maximum duration (upstream's flushUnschedulablePodsLeftover).</summary>
    public void FlushUnschedulablePodsLeftover()
    {
        lock (_sync)
        {
            var now = _time.GetUtcNow();
            var toMove = new List<QueuedPodInfo>();
            foreach (var pInfo in _unschedulablePods.Values)
            {
                if (!pInfo.Gated && now - pInfo.Timestamp > _options.PodMaxInUnschedulablePodsDuration)
                {
                    toMove.Add(pInfo);
                }
            }

            if (toMove.Count > 0)
            {
                MovePodsLocked(toMove, ClusterEvent.UnschedulableTimeout);
            }
        }
    }

    /// <summary>Every pod the queue holds, for debugging and tests.</summary>
    public IReadOnlyList<Pod> PendingPods()
    {
        lock (_sync)
        {
            var pods = new List<Pod>();
            foreach (var p in _activeQ.Items)
            {
                pods.Add(p.Pod);
            }

            foreach (var p in _backoffQ.Items)
            {
                pods.Add(p.Pod);
            }

            foreach (var p in _unschedulablePods.Values)
            {
                pods.Add(p.Pod);
            }

            return pods;
        }
    }

    /// <summary>Wakes blocked Pop calls and stops the timers.</summary>
    public void Close()
    {
        lock (_sync)
        {
            _closed = true;
            Monitor.PulseAll(_sync);
        }

        _backoffTimer?.Dispose();
        _unschedulableTimer?.Dispose();
    }

    public void Dispose() => Close();

    /// <summary>Upstream's calculateBackoffDuration: initial back-off doubled per failed attempt, capped.</summary>
    internal TimeSpan BackoffDuration(QueuedPodInfo pInfo)
    {
        var attempts = pInfo.ConsecutiveErrorsCount > 0 ? pInfo.ConsecutiveErrorsCount : pInfo.UnschedulableCount;
        if (attempts <= 0)
        {
            return TimeSpan.Zero;
        }

        var duration = _options.PodInitialBackoff;
        for (var i = 1; i < attempts; i++)
        {
            if (duration > _options.PodMaxBackoff - duration)
            {
                return _options.PodMaxBackoff;
            }

            duration += duration;
        }

        return duration;
    }

    private DateTimeOffset BackoffExpiry(QueuedPodInfo pInfo) => pInfo.Timestamp + BackoffDuration(pInfo);

    private bool IsPodBackingOff(QueuedPodInfo pInfo) => BackoffExpiry(pInfo) > _time.GetUtcNow();

    private QueuedPodInfo NewQueuedPodInfo(Pod pod) => new(new PodInfo(pod), _time.GetUtcNow());

    private QueuedPodInfo PopLocked()
    {
        var pInfo = _activeQ.Pop()!;
        _schedulingCycle++;
        pInfo.Attempts++;
        pInfo.InitialAttemptTimestamp ??= _time.GetUtcNow();
        _inFlightPods.Add(pInfo.PodInfo.Key);
        return pInfo;
    }

    /// <summary>Runs PreEnqueue and puts the pod in activeQ, or parks it gated (upstream's moveToActiveQ).</summary>
    private void MoveToActiveQLocked(QueuedPodInfo pInfo)
    {
        var schedulerName = pInfo.Pod.Spec.SchedulerName ?? "";
        pInfo.Gated = false;
        pInfo.GatingPlugin = null;
        foreach (var plugin in _preEnqueuePlugins(schedulerName))
        {
            var status = plugin.PreEnqueue(pInfo.Pod);
            if (!status.IsSuccess())
            {
                pInfo.Gated = true;
                pInfo.GatingPlugin = plugin.Name;
                pInfo.UnschedulablePlugins = new HashSet<string>(StringComparer.Ordinal) { plugin.Name };
                _unschedulablePods[pInfo.PodInfo.Key] = pInfo;
                return;
            }
        }

        if (pInfo.InitialAttemptTimestamp is null)
        {
            pInfo.Timestamp = _time.GetUtcNow();
        }

        _activeQ.AddOrUpdate(pInfo);
        Monitor.PulseAll(_sync);
    }
}
