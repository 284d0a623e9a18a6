using KubeSharp.Scheduler.Framework;

namespace KubeSharp.Scheduler.Cache;

/// <summary>
/// The scheduler's view of the cluster for one cycle (upstream's internal/cache.Snapshot). The cache
/// refreshes it incrementally in <see cref="SchedulerCache.UpdateSnapshot"/>: only nodes whose generation
/// is newer than <see cref="Generation"/> are copied.
/// </summary>
public sealed class Snapshot : INodeInfoLister
{
    internal Dictionary<string, NodeInfo> NodeInfoMap { get; } = new(StringComparer.Ordinal);

    internal List<NodeInfo> NodeInfoList { get; set; } = [];

    internal List<NodeInfo> HavePodsWithAffinityNodeInfoList { get; set; } = [];

    internal List<NodeInfo> HavePodsWithRequiredAntiAffinityNodeInfoList { get; set; } = [];

    /// <summary>The newest node generation copied into this snapshot.</summary>
    internal long Generation { get; set; }

    public int NumNodes => NodeInfoList.Count;

    /// <summary>A snapshot of fixed nodes and pods, for tests and tools (upstream's NewSnapshot).</summary>
    public static Snapshot Create(IEnumerable<Api.Core.V1.Node> nodes, IEnumerable<Api.Core.V1.Pod> pods)
    {
        var snapshot = new Snapshot();
        foreach (var node in nodes)
        {
            var info = new NodeInfo();
            info.SetNode(node);
            snapshot.NodeInfoMap[info.Name] = info;
            snapshot.NodeInfoList.Add(info);
        }

        foreach (var pod in pods)
        {
            var nodeName = pod.Spec.NodeName ?? "";
            if (!snapshot.NodeInfoMap.TryGetValue(nodeName, out var info))
            {
                continue;
            }

            info.AddPod(pod);
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

        return snapshot;
    }

    public IReadOnlyList<NodeInfo> List() => NodeInfoList;

    public IReadOnlyList<NodeInfo> HavePodsWithAffinityList() => HavePodsWithAffinityNodeInfoList;

    public IReadOnlyList<NodeInfo> HavePodsWithRequiredAntiAffinityList() => HavePodsWithRequiredAntiAffinityNodeInfoList;

    public NodeInfo? Get(string nodeName) => NodeInfoMap.GetValueOrDefault(nodeName);
}
