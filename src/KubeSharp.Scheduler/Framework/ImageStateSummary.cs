namespace KubeSharp.Scheduler.Framework;

/// <summary>
/// An image on a node: its size and on how many nodes it is (upstream's framework.ImageStateSummary).
/// The cache shares one instance per image across nodes so the node count stays current.
/// </summary>
public sealed class ImageStateSummary
{
    public long Size { get; set; }

    public int NumNodes { get; set; }
}
