using KubeSharp.Scheduler.Framework;

namespace KubeSharp.Scheduler.Cache;

/// <summary>An image and the nodes that have it (upstream's imageState); the summary is shared with NodeInfos.</summary>
internal sealed class ImageState
{
    public ImageStateSummary Summary { get; } = new();

    public HashSet<string> Nodes { get; } = new(StringComparer.Ordinal);
}
