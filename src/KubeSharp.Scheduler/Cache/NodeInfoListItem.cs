using KubeSharp.Scheduler.Framework;

namespace KubeSharp.Scheduler.Cache;

/// <summary>An entry of the cache's most-recently-updated node list (upstream's nodeInfoListItem).</summary>
internal sealed class NodeInfoListItem(NodeInfo info)
{
    public NodeInfo Info { get; } = info;

    public NodeInfoListItem? Next { get; set; }

    public NodeInfoListItem? Prev { get; set; }
}
