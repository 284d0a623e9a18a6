using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Framework;

namespace KubeSharp.Scheduler;

/// <summary>Informer event handlers (upstream's eventhandlers.go): assigned pods feed the cache, pending ones the queue.</summary>
public sealed partial class Scheduler
{
    public void OnPodAdd(Pod pod)
    {
        if (IsAssigned(pod))
        {
            if (IsTerminal(pod))
            {
                return;
            }

            Cache.AddPod(pod);
            Queue.AssignedPodAdded(pod);
        }
        else if (ResponsibleForPod(pod))
        {
            Queue.Add(pod);
        }
    }

    public void OnPodUpdate(Pod oldPod, Pod newPod)
    {
        if (IsAssigned(newPod))
        {
            if (!IsAssigned(oldPod))
            {
                // The binding landed: the pod leaves the queue and is confirmed in the cache.
                Queue.Delete(oldPod);
                if (!IsTerminal(newPod))
                {
                    Cache.AddPod(newPod);
                    Queue.AssignedPodAdded(newPod);
                }

                return;
            }

            if (IsTerminal(newPod))
            {
                // As upstream since v1.27: finished pods no longer hold resources.
                OnPodDelete(oldPod);
                return;
            }

            Cache.UpdatePod(oldPod, newPod);
            Queue.AssignedPodUpdated(oldPod, newPod);
        }
        else if (ResponsibleForPod(newPod))
        {
            if (Cache.IsAssumedPod(newPod))
            {
                return;
            }

            Queue.Update(oldPod, newPod);
        }
    }

    public void OnPodDelete(Pod pod)
    {
        if (IsAssigned(pod))
        {
            Cache.RemovePod(pod);
            Queue.MoveAllToActiveOrBackoffQueue(ClusterEvent.AssignedPodDelete, pod, null);
        }
        else
        {
            Queue.Delete(pod);
        }
    }

    public void OnNodeAdd(Node node)
    {
        Cache.AddNode(node);
        Queue.MoveAllToActiveOrBackoffQueue(ClusterEvent.NodeAdd, null, node);
    }

    public void OnNodeUpdate(Node oldNode, Node newNode)
    {
        Cache.UpdateNode(oldNode, newNode);
        var action = NodeSchedulingPropertiesChange(oldNode, newNode);
        if (action != ActionType.None)
        {
            Queue.MoveAllToActiveOrBackoffQueue(new ClusterEvent(EventResource.Node, action, "NodeUpdate"), oldNode, newNode);
        }
    }

    public void OnNodeDelete(Node node) => Cache.RemoveNode(node);

    /// <summary>Upstream's nodeSchedulingPropertiesChange: which updates may make pods schedulable.</summary>
    internal static ActionType NodeSchedulingPropertiesChange(Node oldNode, Node newNode)
    {
        var action = ActionType.None;
        if (oldNode.Spec.Unschedulable != newNode.Spec.Unschedulable)
        {
            action |= ActionType.UpdateNodeTaint;
        }

        if (!DictionaryEquals(oldNode.Status.Allocatable, newNode.Status.Allocatable))
        {
            action |= ActionType.UpdateNodeAllocatable;
        }

        if (!DictionaryEquals(oldNode.Metadata.Labels, newNode.Metadata.Labels))
        {
            action |= ActionType.UpdateNodeLabel;
        }

        if (!TaintsEqual(oldNode.Spec.Taints, newNode.Spec.Taints))
        {
            action |= ActionType.UpdateNodeTaint;
        }

        if (!DictionaryEquals(oldNode.Metadata.Annotations, newNode.Metadata.Annotations))
        {
            action |= ActionType.UpdateNodeAnnotation;
        }

        return action;
    }

    private static bool IsAssigned(Pod pod) => !string.IsNullOrEmpty(pod.Spec.NodeName);

    private static bool IsTerminal(Pod pod) => pod.Status.Phase is PodPhase.Succeeded or PodPhase.Failed;

    private static bool DictionaryEquals<TValue>(Dictionary<string, TValue>? a, Dictionary<string, TValue>? b)
    {
        if ((a?.Count ?? 0) != (b?.Count ?? 0))
        {
            return false;
        }

        if (a is null || b is null)
        {
            return true;
        }

        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || !EqualityComparer<TValue>.Default.Equals(value, other))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TaintsEqual(List<Taint>? a, List<Taint>? b)
    {
        if ((a?.Count ?? 0) != (b?.Count ?? 0))
        {
            return false;
        }

        for (var i = 0; i < (a?.Count ?? 0); i++)
        {
            if (a![i].Key != b![i].Key || a[i].Value != b[i].Value || a[i].Effect != b[i].Effect)
            {
                return false;
            }
        }

        return true;
    }
}
