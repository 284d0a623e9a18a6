namespace KubeSharp.Scheduler.Framework;

/// <summary>Read access to the nodes of the current snapshot (upstream's framework.NodeInfoLister).</summary>
public interface INodeInfoLister
{
    /// <summary>All nodes, in the node tree's zone-interleaved order.</summary>
    IReadOnlyList<NodeInfo> List();

    /// <summary>Nodes with at least one pod that has (anti-)affinity.</summary>
    IReadOnlyList<NodeInfo> HavePodsWithAffinityList();

    /// <summary>Nodes with at least one pod that has required anti-affinity.</summary>
    IReadOnlyList<NodeInfo> HavePodsWithRequiredAntiAffinityList();

    NodeInfo? Get(string nodeName);
}
