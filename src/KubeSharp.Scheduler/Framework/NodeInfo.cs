using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>
/// A node and what the scheduler knows runs on it (upstream's framework.NodeInfo): pods, requested
/// resources, used host ports, images. <see cref="Generation"/> grows on every change, which is how the
/// cache copies only changed nodes into the snapshot.
/// </summary>
public sealed class NodeInfo
{
    private static long _generation;

    public NodeInfo()
    {
        Generation = NextGeneration();
    }

    public Node? Node { get; private set; }

    public List<PodInfo> Pods { get; private set; } = [];

    /// <summary>Pods with any pod affinity or anti-affinity (required or preferred).</summary>
    public List<PodInfo> PodsWithAffinity { get; private set; } = [];

    /// <summary>Pods with required anti-affinity, which every incoming pod must respect.</summary>
    public List<PodInfo> PodsWithRequiredAntiAffinity { get; private set; } = [];

    public HostPortInfo UsedPorts { get; private set; } = new();

    /// <summary>Sum of the pods' requests.</summary>
    public Resource Requested { get; private set; } = new();

    /// <summary>Sum of the pods' requests with the scoring defaults for missing cpu/memory.</summary>
    public Resource NonZeroRequested { get; private set; } = new();

    public Resource Allocatable { get; private set; } = new();

    /// <summary>Images on the node by every name they are known by.</summary>
    public Dictionary<string, ImageStateSummary> ImageStates { get; private set; } = new(StringComparer.Ordinal);

    public long Generation { get; private set; }

    public string Name => Node?.Metadata.Name ?? "";

    internal static long NextGeneration() => Interlocked.Increment(ref _generation);

    public static bool HasAffinity(PodInfo podInfo) =>
        podInfo.RequiredAffinityTerms.Count > 0 || podInfo.RequiredAntiAffinityTerms.Count > 0
        || podInfo.PreferredAffinityTerms.Count > 0 || podInfo.PreferredAntiAffinityTerms.Count > 0;

    public void SetNode(Node node)
    {
        Node = node;
        Allocatable = Resource.FromList(node.Status.Allocatable);
        Generation = NextGeneration();
    }

    /// <summary>Forgets the node object but keeps its pods, as upstream does for a node deleted before its pods.</summary>
    public void RemoveNode()
    {
        Node = null;
        Generation = NextGeneration();
    }

    public void AddPod(Pod pod) => AddPodInfo(new PodInfo(pod));

    public void AddPodInfo(PodInfo podInfo)
    {
        Pods.Add(podInfo);
        if (HasAffinity(podInfo))
        {
            PodsWithAffinity.Add(podInfo);
        }

        if (podInfo.RequiredAntiAffinityTerms.Count > 0)
        {
            PodsWithRequiredAntiAffinity.Add(podInfo);
        }

        Update(podInfo, 1);
    }

    /// <summary>Removes the pod with the same key; false when it was not on this node.</summary>
    public bool RemovePod(Pod pod)
    {
        var key = PodInfo.KeyOf(pod);
        RemoveFrom(PodsWithAffinity, key);
        RemoveFrom(PodsWithRequiredAntiAffinity, key);
        for (var i = 0; i < Pods.Count; i++)
        {
            if (Pods[i].Key == key)
            {
                var removed = Pods[i];
                Pods[i] = Pods[^1];
                Pods.RemoveAt(Pods.Count - 1);
                Update(removed, -1);
                return true;
            }
        }

        return false;
    }

    /// <summary>A copy whose lists and sums can change independently (upstream's NodeInfo.Snapshot).</summary>
    public NodeInfo Snapshot()
    {
        var copy = new NodeInfo();
        copy.CopyFrom(this);
        return copy;
    }

    /// <summary>Makes this instance a snapshot of another, keeping its identity (the snapshot lists hold it).</summary>
    public void CopyFrom(NodeInfo other)
    {
        Node = other.Node;
        Pods = [.. other.Pods];
        PodsWithAffinity = other.PodsWithAffinity.Count == 0 ? [] : [.. other.PodsWithAffinity];
        PodsWithRequiredAntiAffinity = other.PodsWithRequiredAntiAffinity.Count == 0 ? [] : [.. other.PodsWithRequiredAntiAffinity];
        UsedPorts = other.UsedPorts.Count == 0 ? new HostPortInfo() : other.UsedPorts.Clone();
        Requested = other.Requested.Clone();
        NonZeroRequested = other.NonZeroRequested.Clone();
        Allocatable = other.Allocatable.Clone();
        ImageStates = other.ImageStates;
        Generation = other.Generation;
    }

    /// <summary>Replaces the image summaries (the cache owns them).</summary>
    internal void SetImageStates(Dictionary<string, ImageStateSummary> imageStates) => ImageStates = imageStates;

    public override string ToString() => $"NodeInfo({Name}, pods={Pods.Count}, requested={Requested})";

    private static void RemoveFrom(List<PodInfo> list, string key)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Key == key)
            {
                list[i] = list[^1];
                list.RemoveAt(list.Count - 1);
                return;
            }
        }
    }

    private void Update(PodInfo podInfo, int sign)
    {
        if (sign > 0)
        {
            Requested.Add(podInfo.Requests);
            NonZeroRequested.Add(podInfo.NonZeroRequests);
        }
        else
        {
            Requested.Sub(podInfo.Requests);
            NonZeroRequested.Sub(podInfo.NonZeroRequests);
        }

        foreach (var container in podInfo.Pod.Spec.Containers)
        {
            UpdatePorts(container, sign);
        }

        if (podInfo.Pod.Spec.InitContainers is { } initContainers)
        {
            foreach (var container in initContainers)
            {
                if (container.RestartPolicy == ContainerRestartPolicy.Always)
                {
                    UpdatePorts(container, sign);
                }
            }
        }

        Generation = NextGeneration();
    }

    private void UpdatePorts(Container container, int sign)
    {
        if (container.Ports is null)
        {
            return;
        }

        foreach (var port in container.Ports)
        {
            if (port.HostPort is not > 0)
            {
                continue;
            }

            if (sign > 0)
            {
                UsedPorts.Add(port.HostIP, port.Protocol, port.HostPort.Value);
            }
            else
            {
                UsedPorts.Remove(port.HostIP, port.Protocol, port.HostPort.Value);
            }
        }
    }
}
