using KubeSharp.Api.Core.V1;

namespace KubeSharp.Controllers;

/// <summary>
/// Upstream's <c>ActivePodsWithRanks</c>: orders pods so the ones best deleted first come first. Ranks are the
/// number of related pods sharing a pod's node (doubled-up pods go first). With upstream's default
/// LogarithmicScaleDown, ready and creation times compare by power-of-two buckets of their age, so pods of
/// similar age are picked at random (by UID) instead of always the youngest.
/// </summary>
public sealed class ActivePodsWithRanks(IReadOnlyList<Pod> pods, IReadOnlyList<int> ranks, DateTimeOffset now) : IComparer<int>
{
    public IReadOnlyList<Pod> Pods { get; } = pods;

    public IReadOnlyList<int> Ranks { get; } = ranks;

    public DateTimeOffset Now { get; } = now;

    /// <summary>The pods in deletion order (a copy).</summary>
    public List<Pod> Sorted()
    {
        var order = Enumerable.Range(0, Pods.Count).ToList();
        order.Sort(this);
        return order.ConvertAll(i => Pods[i]);
    }

    /// <summary>Negative when pod <paramref name="i"/> should be deleted before pod <paramref name="j"/>.</summary>
    public int Compare(int i, int j)
    {
        if (i == j)
        {
            return 0;
        }

        return Less(i, j) ? -1 : Less(j, i) ? 1 : 0;
    }

    private bool Less(int i, int j)
    {
        var a = Pods[i];
        var b = Pods[j];

        // 1. Unassigned < assigned.
        var aAssigned = !string.IsNullOrEmpty(a.Spec.NodeName);
        var bAssigned = !string.IsNullOrEmpty(b.Spec.NodeName);
        if (aAssigned != bAssigned)
        {
            return !aAssigned;
        }

        // 2. Pending < Unknown < Running.
        var aPhase = PhaseOrdinal(a.Status.Phase);
        var bPhase = PhaseOrdinal(b.Status.Phase);
        if (aPhase != bPhase)
        {
            return aPhase < bPhase;
        }

        // 3. Not ready < ready.
        var aReady = PodUtil.IsPodReady(a);
        var bReady = PodUtil.IsPodReady(b);
        if (aReady != bReady)
        {
            return !aReady;
        }

        // 4. Lower pod-deletion-cost < higher (the PodDeletionCost feature, on by default).
        var aCost = DeletionCost(a);
        var bCost = DeletionCost(b);
        if (aCost != bCost)
        {
            return aCost < bCost;
        }

        // 5. Doubled up (more related pods on the node) < not.
        if (Ranks[i] != Ranks[j])
        {
            return Ranks[i] > Ranks[j];
        }

        // 6. Ready for a shorter time < longer.
        if (aReady && bReady)
        {
            var aTime = PodUtil.PodReadyTime(a);
            var bTime = PodUtil.PodReadyTime(b);
            if (aTime != bTime)
            {
                if (aTime is null || bTime is null)
                {
                    return AfterOrZero(aTime, bTime);
                }

                var diff = LogarithmicRankDiff(aTime.Value, bTime.Value, Now);
                return diff == 0 ? string.CompareOrdinal(a.Metadata.Uid, b.Metadata.Uid) < 0 : diff < 0;
            }
        }

        // 7. More container restarts < fewer.
        var (aRegular, aSidecar) = MaxContainerRestarts(a);
        var (bRegular, bSidecar) = MaxContainerRestarts(b);
        if (aRegular != bRegular)
        {
            return aRegular > bRegular;
        }

        if (aSidecar != bSidecar)
        {
            return aSidecar > bSidecar;
        }

        // 8. No creation time < newer < older.
        var aCreated = a.Metadata.CreationTimestamp;
        var bCreated = b.Metadata.CreationTimestamp;
        if (aCreated != bCreated)
        {
            if (aCreated is null || bCreated is null)
            {
                return AfterOrZero(aCreated, bCreated);
            }

            var diff = LogarithmicRankDiff(aCreated.Value, bCreated.Value, Now);
            return diff == 0 ? string.CompareOrdinal(a.Metadata.Uid, b.Metadata.Uid) < 0 : diff < 0;
        }

        return false;
    }

    private static int PhaseOrdinal(string? phase) => phase switch
    {
        PodPhase.Pending => 0,
        PodPhase.Unknown => 1,
        PodPhase.Running => 2,
        _ => 3,
    };

    /// <summary>The pod-deletion-cost annotation; an absent or malformed one counts as 0, as upstream.</summary>
    internal static int DeletionCost(Pod pod) =>
        pod.Metadata.Annotations?.GetValueOrDefault(ControllerUtil.PodDeletionCost) is { } text
        && int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var cost)
            ? cost
            : 0;

    private static bool AfterOrZero(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null || b is null ? a is null : a > b;

    /// <summary>The difference of the floor of log2 of each age in nanoseconds (ages of zero or less rank -1).</summary>
    private static long LogarithmicRankDiff(DateTimeOffset a, DateTimeOffset b, DateTimeOffset now)
    {
        static long Rank(TimeSpan age) => age > TimeSpan.Zero ? (long)Math.Log2(age.Ticks * 100.0) : -1;
        return Rank(now - a) - Rank(now - b);
    }

    private static (int Regular, int Sidecar) MaxContainerRestarts(Pod pod)
    {
        var regular = 0;
        foreach (var status in pod.Status.ContainerStatuses ?? [])
        {
            regular = Math.Max(regular, status.RestartCount);
        }

        var sidecar = 0;
        var sidecars = new HashSet<string>(StringComparer.Ordinal);
        foreach (var container in pod.Spec.InitContainers ?? [])
        {
            if (container.RestartPolicy == "Always")
            {
                sidecars.Add(container.Name);
            }
        }

        foreach (var status in pod.Status.InitContainerStatuses ?? [])
        {
            if (sidecars.Contains(status.Name))
            {
                sidecar = Math.Max(sidecar, status.RestartCount);
            }
        }

        return (regular, sidecar);
    }
}
