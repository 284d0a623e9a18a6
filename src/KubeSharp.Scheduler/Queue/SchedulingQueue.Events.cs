using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Framework;

namespace KubeSharp.Scheduler.Queue;

/// <summary>Moving unschedulable pods back on cluster events (upstream's MoveAllToActiveOrBackoffQueue and friends).</summary>
public sealed partial class SchedulingQueue
{
    /// <summary>
    /// Moves the unschedulable pods that the event may help (upstream's MoveAllToActiveOrBackoffQueue): a pod
    /// moves when one of the plugins that rejected it registered the event and its queueing hint says Queue.
    /// </summary>
    public void MoveAllToActiveOrBackoffQueue(ClusterEvent clusterEvent, object? oldObject = null, object? newObject = null, Func<Pod, bool>? preCheck = null)
    {
        lock (_sync)
        {
            var toMove = new List<QueuedPodInfo>();
            foreach (var pInfo in _unschedulablePods.Values)
            {
                if (preCheck is null || preCheck(pInfo.Pod))
                {
                    toMove.Add(pInfo);
                }
            }

            MovePodsLocked(toMove, clusterEvent, oldObject, newObject);
        }
    }

    /// <summary>An assigned pod appeared: pods rejected for affinity or spreading may now fit (upstream's AssignedPodAdded).</summary>
    public void AssignedPodAdded(Pod pod) =>
        MoveAllToActiveOrBackoffQueue(ClusterEvent.AssignedPodAdd, null, pod);

    /// <summary>An assigned pod changed; a scale-down or label change may make room.</summary>
    public void AssignedPodUpdated(Pod oldPod, Pod newPod) =>
        MoveAllToActiveOrBackoffQueue(ClusterEvent.AssignedPodUpdate, oldPod, newPod);

    private void MovePodsLocked(List<QueuedPodInfo> candidates, ClusterEvent clusterEvent, object? oldObject = null, object? newObject = null)
    {
        var moved = false;
        foreach (var pInfo in candidates)
        {
            if (pInfo.Gated)
            {
                // Only an update of the pod itself can lift a gate; Update handles that.
                continue;
            }

            if (!clusterEvent.IsWildCard && !IsPodWorthRequeuing(pInfo, clusterEvent, oldObject, newObject))
            {
                continue;
            }

            var key = pInfo.PodInfo.Key;
            _unschedulablePods.Remove(key);
            if (IsPodBackingOff(pInfo))
            {
                _backoffQ.AddOrUpdate(pInfo);
            }
            else
            {
                _activeQ.AddOrUpdate(pInfo);
                moved = true;
            }
        }

        // Pods in flight now go to back-off when they fail: the event may have helped them too.
        _moveRequestCycle = _schedulingCycle;
        if (moved)
        {
            Monitor.PulseAll(_sync);
        }
    }

    /// <summary>Upstream's isPodWorthRequeuing over the rejecting plugins' registered events and hints.</summary>
    private bool IsPodWorthRequeuing(QueuedPodInfo pInfo, ClusterEvent clusterEvent, object? oldObject, object? newObject)
    {
        var rejectors = pInfo.UnschedulablePlugins.Count > 0 ? pInfo.UnschedulablePlugins : pInfo.PendingPlugins;
        if (rejectors.Count == 0)
        {
            // Failed with an error, not a rejection: any event may help.
            return true;
        }

        foreach (var plugin in rejectors)
        {
            if (!_queueingHints.TryGetValue(plugin, out var hints))
            {
                continue;
            }

            foreach (var hint in hints)
            {
                if (!hint.Event.Match(clusterEvent))
                {
                    continue;
                }

                if (hint.QueueingHintFn is null)
                {
                    return true;
                }

                try
                {
                    if (hint.QueueingHintFn(pInfo.Pod, oldObject, newObject) == QueueingHint.Queue)
                    {
                        return true;
                    }
                }
                catch (Exception)
                {
                    // As upstream: a failing hint function counts as Queue, so a pod is never stuck by a bug.
                    return true;
                }
            }
        }

        return false;
    }
}
