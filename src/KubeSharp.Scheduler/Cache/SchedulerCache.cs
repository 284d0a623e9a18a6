using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Framework;

namespace KubeSharp.Scheduler.Cache;

/// <summary>
/// The scheduler's cache of nodes and the pods on them, including pods it assumed onto a node before the
/// binding reached the API server (upstream's internal/cache.cacheImpl). Thread-safe: informer handlers,
/// the scheduling thread and binding tasks all use it.
/// </summary>
/// <remarks>
/// Nodes are kept in a list ordered by last update, newest first, each NodeInfo carrying a global generation.
/// <see cref="UpdateSnapshot"/> walks that list only until it reaches a node not newer than the snapshot, so
/// a cycle costs O(changed nodes), not O(nodes). Assumed pods do not expire: as upstream since v1.29
/// (durationToExpireAssumedPod = 0), a bind that fails is forgotten explicitly.
/// </remarks>
public sealed class SchedulerCache
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, NodeInfoListItem> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PodState> _podStates = new(StringComparer.Ordinal);
    private readonly HashSet<string> _assumedPods = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImageState> _imageStates = new(StringComparer.Ordinal);
    private readonly NodeTree _nodeTree = new();
    private NodeInfoListItem? _headNode;

    public int NodeCount
    {
        get
        {
            lock (_lock)
            {
                return _nodes.Count;
            }
        }
    }

    public int PodCount
    {
        get
        {
            lock (_lock)
            {
                var count = 0;
                foreach (var item in _nodes.Values)
                {
                    count += item.Info.Pods.Count;
                }

                return count;
            }
        }
    }

    /// <summary>Adds the pod to its (already set) node before the bind is confirmed.</summary>
    /// <exception cref="InvalidOperationException">when the cache already has the pod.</exception>
    public void AssumePod(Pod pod)
    {
        var key = PodInfo.KeyOf(pod);
        lock (_lock)
        {
            if (_podStates.ContainsKey(key))
            {
                throw new InvalidOperationException($"pod {pod.Metadata.Namespace}/{pod.Metadata.Name}({key}) is in the cache, so can't be assumed");
            }

            AddPodLocked(pod, assumed: true);
        }
    }

    /// <summary>Marks an assumed pod's binding as done (it stays until the informer confirms it).</summary>
    public void FinishBinding(Pod pod)
    {
        var key = PodInfo.KeyOf(pod);
        lock (_lock)
        {
            if (_assumedPods.Contains(key) && _podStates.TryGetValue(key, out var state))
            {
                state.BindingFinished = true;
            }
        }
    }

    /// <summary>Drops an assumed pod whose binding failed.</summary>
    public void ForgetPod(Pod pod)
    {
        var key = PodInfo.KeyOf(pod);
        lock (_lock)
        {
            if (_podStates.TryGetValue(key, out var state) && state.Pod.Spec.NodeName != pod.Spec.NodeName)
            {
                throw new InvalidOperationException($"pod {pod.Metadata.Namespace}/{pod.Metadata.Name} was assumed on {pod.Spec.NodeName} but assigned to {state.Pod.Spec.NodeName}");
            }

            if (_assumedPods.Contains(key))
            {
                RemovePodLocked(pod);
                _podStates.Remove(key);
                _assumedPods.Remove(key);
            }
        }
    }

    /// <summary>An assigned pod seen by the informer: confirms an assumed pod, or adds it.</summary>
    public void AddPod(Pod pod)
    {
        var key = PodInfo.KeyOf(pod);
        lock (_lock)
        {
            if (_podStates.TryGetValue(key, out var state))
            {
                if (_assumedPods.Contains(key))
                {
                    // The bind landed; the API object replaces the assumed copy, on the node it names.
                    UpdatePodLocked(state.Pod, pod);
                    _assumedPods.Remove(key);
                }

                return;
            }

            AddPodLocked(pod, assumed: false);
        }
    }

    public void UpdatePod(Pod oldPod, Pod newPod)
    {
        var key = PodInfo.KeyOf(oldPod);
        lock (_lock)
        {
            if (_podStates.TryGetValue(key, out var state) && !_assumedPods.Contains(key))
            {
                UpdatePodLocked(state.Pod, newPod);
            }
        }
    }

    public void RemovePod(Pod pod)
    {
        var key = PodInfo.KeyOf(pod);
        lock (_lock)
        {
            if (!_podStates.TryGetValue(key, out var state))
            {
                return;
            }

            RemovePodLocked(state.Pod);
            _podStates.Remove(key);
            _assumedPods.Remove(key);
        }
    }

    public bool IsAssumedPod(Pod pod)
    {
        lock (_lock)
        {
            return _assumedPods.Contains(PodInfo.KeyOf(pod));
        }
    }

    /// <summary>The cached copy of the pod (assumed or confirmed), or null.</summary>
    public Pod? GetPod(Pod pod)
    {
        lock (_lock)
        {
            return _podStates.TryGetValue(PodInfo.KeyOf(pod), out var state) ? state.Pod : null;
        }
    }

    public void AddNode(Node node)
    {
        var name = node.Metadata.Name ?? "";
        lock (_lock)
        {
            if (!_nodes.TryGetValue(name, out var item))
            {
                item = new NodeInfoListItem(new NodeInfo());
                _nodes[name] = item;
            }
            else
            {
                RemoveNodeImageStates(item.Info.Node);
            }

            MoveToHead(name);
            _nodeTree.AddNode(node);
            item.Info.SetNode(node);
            item.Info.SetImageStates(AddNodeImageStates(node));
        }
    }

    public void UpdateNode(Node oldNode, Node newNode)
    {
        var name = newNode.Metadata.Name ?? "";
        lock (_lock)
        {
            if (!_nodes.TryGetValue(name, out var item))
            {
                item = new NodeInfoListItem(new NodeInfo());
                _nodes[name] = item;
                _nodeTree.AddNode(newNode);
            }
            else
            {
                RemoveNodeImageStates(item.Info.Node);
                _nodeTree.UpdateNode(oldNode, newNode);
            }

            MoveToHead(name);
            item.Info.SetNode(newNode);
            item.Info.SetImageStates(AddNodeImageStates(newNode));
        }
    }

    /// <summary>
    /// Removes the node. Its NodeInfo stays (without a node) while pods remain on it, as upstream: the pod
    /// deletions arrive separately and must still find them.
    /// </summary>
    public void RemoveNode(Node node)
    {
        var name = node.Metadata.Name ?? "";
        lock (_lock)
        {
            if (!_nodes.TryGetValue(name, out var item))
            {
                return;
            }

            RemoveNodeImageStates(item.Info.Node);
            item.Info.RemoveNode();
            if (item.Info.Pods.Count == 0)
            {
                RemoveNodeInfoFromList(name);
            }
            else
            {
                MoveToHead(name);
            }

            _nodeTree.RemoveNode(node);
        }
    }

    /// <summary>
    /// Brings the snapshot up to date (upstream's UpdateSnapshot): copies nodes changed since the snapshot's
    /// generation, drops deleted nodes, and rebuilds the node lists only when membership or the affinity
    /// lists changed.
    /// </summary>
    public void UpdateSnapshot(Snapshot snapshot)
    {
        lock (_lock)
        {
            var snapshotGeneration = snapshot.Generation;
            var updateAllLists = false;
            var updateAffinityLists = false;
            for (var item = _headNode; item is not null; item = item.Next)
            {
                if (item.Info.Generation <= snapshotGeneration)
                {
                    break;
                }

                if (item.Info.Node is null)
                {
                    continue;
                }

                var name = item.Info.Name;
                if (!snapshot.NodeInfoMap.TryGetValue(name, out var existing))
                {
                    updateAllLists = true;
                    existing = new NodeInfo();
                    snapshot.NodeInfoMap[name] = existing;
                }

                var hadAffinity = existing.PodsWithAffinity.Count > 0;
                var hadAntiAffinity = existing.PodsWithRequiredAntiAffinity.Count > 0;
                existing.CopyFrom(item.Info);
                if (hadAffinity != existing.PodsWithAffinity.Count > 0
                    || hadAntiAffinity != existing.PodsWithRequiredAntiAffinity.Count > 0)
                {
                    updateAffinityLists = true;
                }
            }

            if (_headNode is not null)
            {
                snapshot.Generation = _headNode.Info.Generation;
            }

            if (snapshot.NodeInfoMap.Count > _nodeTree.NumNodes)
            {
                RemoveDeletedNodesFromSnapshot(snapshot);
                updateAllLists = true;
            }

            if (updateAllLists || updateAffinityLists)
            {
                UpdateNodeInfoSnapshotList(snapshot, updateAllLists);
            }
        }
    }

    private void UpdateNodeInfoSnapshotList(Snapshot snapshot, bool updateAll)
    {
        snapshot.HavePodsWithAffinityNodeInfoList = [];
        snapshot.HavePodsWithRequiredAntiAffinityNodeInfoList = [];
        if (updateAll)
        {
            var names = _nodeTree.List();
            var list = new List<NodeInfo>(names.Count);
            foreach (var name in names)
            {
                if (snapshot.NodeInfoMap.TryGetValue(name, out var info))
                {
                    list.Add(info);
                }
            }

            snapshot.NodeInfoList = list;
        }

        foreach (var info in snapshot.NodeInfoList)
        {
            if (info.PodsWithAffinity.Count > 0)
            {
                snapshot.HavePodsWithAffinityNodeInfoList.Add(info);
            }

            if (info.PodsWithRequiredAntiAffinity.Count > 0)
            {
                snapshot.HavePodsWithRequiredAntiAffinityNodeInfoList.Add(info);
            }
        }
    }

    private void RemoveDeletedNodesFromSnapshot(Snapshot snapshot)
    {
        var toDelete = new List<string>();
        foreach (var name in snapshot.NodeInfoMap.Keys)
        {
            if (!_nodes.TryGetValue(name, out var item) || item.Info.Node is null)
            {
                toDelete.Add(name);
            }
        }

        foreach (var name in toDelete)
        {
            snapshot.NodeInfoMap.Remove(name);
        }
    }

    private void AddPodLocked(Pod pod, bool assumed)
    {
        var key = PodInfo.KeyOf(pod);
        var nodeName = pod.Spec.NodeName ?? "";
        if (!_nodes.TryGetValue(nodeName, out var item))
        {
            // A pod can arrive before its node; keep a NodeInfo without a node for it.
            item = new NodeInfoListItem(new NodeInfo());
            _nodes[nodeName] = item;
        }

        item.Info.AddPod(pod);
        MoveToHead(nodeName);
        _podStates[key] = new PodState(pod);
        if (assumed)
        {
            _assumedPods.Add(key);
        }
    }

    private void UpdatePodLocked(Pod oldPod, Pod newPod)
    {
        RemovePodLocked(oldPod);
        var key = PodInfo.KeyOf(newPod);
        var nodeName = newPod.Spec.NodeName ?? "";
        if (!_nodes.TryGetValue(nodeName, out var item))
        {
            item = new NodeInfoListItem(new NodeInfo());
            _nodes[nodeName] = item;
        }

        item.Info.AddPod(newPod);
        MoveToHead(nodeName);
        _podStates[key] = new PodState(newPod);
    }

    private void RemovePodLocked(Pod pod)
    {
        var nodeName = pod.Spec.NodeName ?? "";
        if (!_nodes.TryGetValue(nodeName, out var item))
        {
            return;
        }

        item.Info.RemovePod(pod);
        if (item.Info.Pods.Count == 0 && item.Info.Node is null)
        {
            RemoveNodeInfoFromList(nodeName);
        }
        else
        {
            MoveToHead(nodeName);
        }
    }

    private void MoveToHead(string name)
    {
        var item = _nodes[name];
        if (item == _headNode)
        {
            return;
        }

        if (item.Prev is not null)
        {
            item.Prev.Next = item.Next;
        }

        if (item.Next is not null)
        {
            item.Next.Prev = item.Prev;
        }

        if (_headNode is not null)
        {
            _headNode.Prev = item;
        }

        item.Next = _headNode;
        item.Prev = null;
        _headNode = item;
    }

    private void RemoveNodeInfoFromList(string name)
    {
        if (!_nodes.TryGetValue(name, out var item))
        {
            return;
        }

        if (item.Prev is not null)
        {
            item.Prev.Next = item.Next;
        }

        if (item.Next is not null)
        {
            item.Next.Prev = item.Prev;
        }

        if (item == _headNode)
        {
            _headNode = item.Next;
        }

        _nodes.Remove(name);
    }

    private Dictionary<string, ImageStateSummary> AddNodeImageStates(Node node)
    {
        var summaries = new Dictionary<string, ImageStateSummary>(StringComparer.Ordinal);
        if (node.Status.Images is null)
        {
            return summaries;
        }

        var nodeName = node.Metadata.Name ?? "";
        foreach (var image in node.Status.Images)
        {
            foreach (var name in image.Names)
            {
                if (!_imageStates.TryGetValue(name, out var state))
                {
                    state = new ImageState();
                    _imageStates[name] = state;
                }

                state.Summary.Size = image.SizeBytes ?? 0;
                state.Nodes.Add(nodeName);
                state.Summary.NumNodes = state.Nodes.Count;
                summaries[name] = state.Summary;
            }
        }

        return summaries;
    }

    private void RemoveNodeImageStates(Node? node)
    {
        if (node?.Status.Images is null)
        {
            return;
        }

        var nodeName = node.Metadata.Name ?? "";
        foreach (var image in node.Status.Images)
        {
            foreach (var name in image.Names)
            {
                if (_imageStates.TryGetValue(name, out var state))
                {
                    state.Nodes.Remove(nodeName);
                    state.Summary.NumNodes = state.Nodes.Count;
                    if (state.Nodes.Count == 0)
                    {
                        _imageStates.Remove(name);
                    }
                }
            }
        }
    }
}
