using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework.Plugins.ImageLocality;

/// <summary>
/// Prefers nodes that already have the pod's images (upstream's imagelocality plugin). An image's size
/// counts in proportion to how many nodes have it, so one widely spread image does not pull every pod to
/// the same nodes; the sum is clamped to [23 MiB, 1000 MiB × containers] and scaled to 0-100.
/// </summary>
public sealed class ImageLocality : IScorePlugin
{
    public const string PluginName = PluginNames.ImageLocality;

    private const long MB = 1024 * 1024;
    private const long MinThreshold = 23 * MB;
    private const long MaxContainerThreshold = 1000 * MB;

    private readonly IFrameworkHandle _handle;

    public ImageLocality(IFrameworkHandle handle)
    {
        _handle = handle;
    }

    public string Name => PluginName;

    public IScoreExtensions? ScoreExtensions => null;

    /// <summary>Upstream's normalizedImageName: an image without a tag means :latest.</summary>
    public static string NormalizedImageName(string name)
    {
        if (name.LastIndexOf(':') <= name.LastIndexOf('/'))
        {
            return name + ":latest";
        }

        return name;
    }

    /// <summary>Upstream's calculatePriority.</summary>
    public static long CalculatePriority(long sumScores, int numContainers)
    {
        var maxThreshold = MaxContainerThreshold * numContainers;
        if (sumScores < MinThreshold)
        {
            sumScores = MinThreshold;
        }
        else if (sumScores > maxThreshold)
        {
            sumScores = maxThreshold;
        }

        return ScoreLimits.MaxNodeScore * (sumScores - MinThreshold) / (maxThreshold - MinThreshold);
    }

    /// <summary>Upstream's sumImageScores: each image's size scaled by the share of nodes that have it.</summary>
    public static long SumImageScores(NodeInfo nodeInfo, Pod pod, int totalNumNodes)
    {
        long sum = 0;
        if (pod.Spec.InitContainers is { } initContainers)
        {
            foreach (var container in initContainers)
            {
                sum += ImageScore(nodeInfo, container, totalNumNodes);
            }
        }

        foreach (var container in pod.Spec.Containers)
        {
            sum += ImageScore(nodeInfo, container, totalNumNodes);
        }

        return sum;
    }

    public (long Score, Status? Status) Score(CycleState state, Pod pod, NodeInfo nodeInfo)
    {
        var totalNumNodes = _handle.SnapshotSharedLister.List().Count;
        var numContainers = pod.Spec.Containers.Count + (pod.Spec.InitContainers?.Count ?? 0);
        if (numContainers == 0 || totalNumNodes == 0)
        {
            return (0, null);
        }

        return (CalculatePriority(SumImageScores(nodeInfo, pod, totalNumNodes), numContainers), null);
    }

    private static long ImageScore(NodeInfo nodeInfo, Container container, int totalNumNodes)
    {
        if (string.IsNullOrEmpty(container.Image)
            || !nodeInfo.ImageStates.TryGetValue(NormalizedImageName(container.Image), out var state))
        {
            return 0;
        }

        var spread = (double)state.NumNodes / totalNumNodes;
        return (long)(state.Size * spread);
    }
}
