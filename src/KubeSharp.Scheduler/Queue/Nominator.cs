using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Framework;

namespace KubeSharp.Scheduler.Queue;

/// <summary>
/// Which pods are nominated to which nodes by preemption (upstream's nominator). Filter adds nominated pods
/// of equal or higher priority to a node so other pods do not take the room preemption freed.
/// </summary>
public sealed class Nominator : IPodNominator
{
    private static readonly PodInfo[] None = [];

    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<PodInfo>> _nominatedPods = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nominatedPodToNode = new(StringComparer.Ordinal);
    private int _count;

    public IReadOnlyList<PodInfo> NominatedPodsForNode(string nodeName)
    {
        // Filter asks this for every node of every cycle; most of the time nothing is nominated at all.
        if (Volatile.Read(ref _count) == 0)
        {
            return None;
        }

        lock (_lock)
        {
            return _nominatedPods.TryGetValue(nodeName, out var list) ? [.. list] : None;
        }
    }

    public void AddNominatedPod(PodInfo podInfo, NominatingInfo? nominatingInfo)
    {
        lock (_lock)
        {
            AddLocked(podInfo, nominatingInfo);
        }
    }

    public void DeleteNominatedPodIfExists(Pod pod)
    {
        lock (_lock)
        {
            DeleteLocked(PodInfo.KeyOf(pod));
        }
    }

    /// <summary>Re-nominates after a pod update, keeping the nomination the update would lose (upstream's UpdateNominatedPod).</summary>
    public void UpdateNominatedPod(Pod oldPod, PodInfo newPodInfo)
    {
        lock (_lock)
        {
            NominatingInfo? nominatingInfo = null;
            var oldNominated = oldPod.Status.NominatedNodeName ?? "";
            var newNominated = newPodInfo.Pod.Status.NominatedNodeName ?? "";
            if (oldNominated.Length == 0 && newNominated.Length == 0
                && _nominatedPodToNode.TryGetValue(PodInfo.KeyOf(oldPod), out var nodeName))
            {
                nominatingInfo = new NominatingInfo(nodeName, NominatingMode.Override);
            }

            DeleteLocked(PodInfo.KeyOf(oldPod));
            AddLocked(newPodInfo, nominatingInfo);
        }
    }

    private void AddLocked(PodInfo podInfo, NominatingInfo? nominatingInfo)
    {
        var key = podInfo.Key;
        DeleteLocked(key);
        string nodeName;
        if (nominatingInfo is { Mode: NominatingMode.Override })
        {
            nodeName = nominatingInfo.NominatedNodeName;
        }
        else
        {
            nodeName = podInfo.Pod.Status.NominatedNodeName ?? "";
        }

        if (nodeName.Length == 0)
        {
            return;
        }

        _nominatedPodToNode[key] = nodeName;
        Volatile.Write(ref _count, _nominatedPodToNode.Count);
        if (!_nominatedPods.TryGetValue(nodeName, out var list))
        {
            list = [];
            _nominatedPods[nodeName] = list;
        }

        list.Add(podInfo);
    }

    private void DeleteLocked(string key)
    {
        if (!_nominatedPodToNode.Remove(key, out var nodeName))
        {
            return;
        }

        Volatile.Write(ref _count, _nominatedPodToNode.Count);

        if (_nominatedPods.TryGetValue(nodeName, out var list))
        {
            list.RemoveAll(p => p.Key == key);
            if (list.Count == 0)
            {
                _nominatedPods.Remove(nodeName);
            }
        }
    }
}
