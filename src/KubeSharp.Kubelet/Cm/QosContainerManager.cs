using KubeSharp.Api;
using KubeSharp.Api.Core.V1;
using KubeSharp.Runtime;
using Container = KubeSharp.Api.Core.V1.Container;

namespace KubeSharp.Kubelet.Cm;

/// <summary>
/// Pod cgroups grouped by QoS class and each container's cgroup limits, as upstream's pkg/kubelet/cm does with the
/// cgroupfs driver: Guaranteed pods directly under the root (<c>/kubepods/pod&lt;uid&gt;</c>), Burstable and BestEffort
/// under <c>burstable/</c> and <c>besteffort/</c>; CPU shares from requests (minimum 2), CFS quota from limits over a
/// 100 ms period, the memory limit, and oom_score_adj by QoS (pkg/kubelet/qos/policy.go).
/// </summary>
public static class QosContainerManager
{
    public const long MinShares = 2;

    public const long SharesPerCpu = 1024;

    public const long QuotaPeriod = 100_000;

    public const long MinQuotaPeriod = 1_000;

    public const int GuaranteedOomScoreAdj = -997;

    public const int BestEffortOomScoreAdj = 1000;

    /// <summary>The pod's QoS class as the API server reported it, or computed as upstream's GetPodQOS.</summary>
    public static string QosClass(Pod pod)
    {
        if (pod.Status.QOSClass is { Length: > 0 } reported)
        {
            return reported;
        }

        var any = false;
        var guaranteed = true;
        foreach (var container in pod.Spec.Containers.Concat(pod.Spec.InitContainers ?? []))
        {
            var requests = container.Resources.Requests ?? [];
            var limits = container.Resources.Limits ?? [];
            any |= requests.Any(r => r.Key is "cpu" or "memory" && !r.Value.IsZero) || limits.Any(l => l.Key is "cpu" or "memory" && !l.Value.IsZero);
            foreach (var name in new[] { "cpu", "memory" })
            {
                if (!limits.TryGetValue(name, out var limit) || (requests.TryGetValue(name, out var request) && request != limit))
                {
                    guaranteed = false;
                }
            }
        }

        return !any ? PodQOSClass.BestEffort : guaranteed ? PodQOSClass.Guaranteed : PodQOSClass.Burstable;
    }

    /// <summary>The pod's cgroup (cgroupfs path).</summary>
    public static string PodCgroup(string root, Pod pod)
    {
        var name = "pod" + pod.Metadata.Uid;
        return QosClass(pod) switch
        {
            PodQOSClass.Guaranteed => $"{root}/{name}",
            PodQOSClass.BestEffort => $"{root}/besteffort/{name}",
            _ => $"{root}/burstable/{name}",
        };
    }

    /// <summary>upstream's generateLinuxContainerResources: shares, quota, period, memory limit, oom_score_adj.</summary>
    public static LinuxContainerResources ContainerResources(Pod pod, Container container, long memoryCapacityBytes)
    {
        var requests = container.Resources.Requests ?? [];
        var limits = container.Resources.Limits ?? [];
        var cpuRequest = requests.TryGetValue("cpu", out var r) ? r : limits.TryGetValue("cpu", out var l0) ? l0 : Quantity.Zero;
        var shares = MilliCpuToShares(cpuRequest.MilliValue());
        long quota = 0;
        if (limits.TryGetValue("cpu", out var cpuLimit) && !cpuLimit.IsZero)
        {
            quota = Math.Max(MinQuotaPeriod, cpuLimit.MilliValue() * QuotaPeriod / 1000);
        }

        var memoryLimit = limits.TryGetValue("memory", out var memory) ? memory.Value() : 0;
        return new LinuxContainerResources
        {
            CpuShares = shares,
            CpuQuota = quota,
            CpuPeriod = quota > 0 ? QuotaPeriod : 0,
            MemoryLimitInBytes = memoryLimit,
            OomScoreAdj = OomScoreAdj(pod, container, memoryCapacityBytes),
        };
    }

    /// <summary>upstream's MilliCPUToShares: 1024 per CPU, at least 2.</summary>
    public static long MilliCpuToShares(long milliCpu) => milliCpu == 0 ? MinShares : Math.Max(MinShares, milliCpu * SharesPerCpu / 1000);

    /// <summary>
    /// upstream's GetContainerOOMScoreAdjust: Guaranteed −997, BestEffort 1000, Burstable 1000 − 1000 × request /
    /// capacity, kept within [2, 999] so it always ranks between the other two.
    /// </summary>
    public static int OomScoreAdj(Pod pod, Container container, long memoryCapacityBytes)
    {
        switch (QosClass(pod))
        {
            case PodQOSClass.Guaranteed:
                return GuaranteedOomScoreAdj;
            case PodQOSClass.BestEffort:
                return BestEffortOomScoreAdj;
        }

        var request = container.Resources.Requests?.TryGetValue("memory", out var memory) == true ? memory.Value() : 0;
        if (memoryCapacityBytes <= 0)
        {
            return 999;
        }

        var score = 1000 - (int)(1000 * request / memoryCapacityBytes);
        return Math.Clamp(score, 2, 999);
    }
}
