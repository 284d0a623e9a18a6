using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework;

/// <summary>
/// What a pod asks of a node, as upstream's component-helpers resource.PodRequests computes it: the sum of
/// the app containers, raised to the largest init container (sidecars, restartPolicy Always, accumulate and
/// run alongside the later init containers and the app containers), plus the pod overhead.
/// </summary>
public static class PodRequests
{
    /// <summary>Upstream's DefaultMilliCPURequest: what scoring assumes for a container that requests no CPU.</summary>
    public const long DefaultMilliCPURequest = 100;

    /// <summary>Upstream's DefaultMemoryRequest (200 MiB), for scoring only.</summary>
    public const long DefaultMemoryRequest = 200L * 1024 * 1024;

    /// <summary>The pod's effective requests.</summary>
    public static Resource Compute(Pod pod) => Compute(pod, nonZero: false);

    /// <summary>
    /// The requests scoring uses: a container without a cpu or memory request counts as asking for the
    /// defaults, so best-effort pods still spread (upstream's NonMissingContainerRequests option).
    /// </summary>
    public static Resource ComputeNonZero(Pod pod) => Compute(pod, nonZero: true);

    private static Resource Compute(Pod pod, bool nonZero)
    {
        var requests = new Resource();
        foreach (var container in pod.Spec.Containers)
        {
            requests.Add(ContainerRequests(container, nonZero));
        }

        if (pod.Spec.InitContainers is { Count: > 0 } initContainers)
        {
            var restartable = new Resource();
            var initMax = new Resource();
            foreach (var container in initContainers)
            {
                var containerRequests = ContainerRequests(container, nonZero);
                if (container.RestartPolicy == ContainerRestartPolicy.Always)
                {
                    requests.Add(containerRequests);
                    restartable.Add(containerRequests);
                    containerRequests = restartable.Clone();
                }
                else
                {
                    containerRequests.Add(restartable);
                }

                initMax.SetMax(containerRequests);
            }

            requests.SetMax(initMax);
        }

        if (pod.Spec.Overhead is not null)
        {
            requests.Add(pod.Spec.Overhead);
        }

        return requests;
    }

    private static Resource ContainerRequests(Container container, bool nonZero)
    {
        var requests = Resource.FromList(container.Resources.Requests);
        if (nonZero)
        {
            var list = container.Resources.Requests;
            if (list is null || !list.ContainsKey(ResourceName.CPU))
            {
                requests.MilliCPU = DefaultMilliCPURequest;
            }

            if (list is null || !list.ContainsKey(ResourceName.Memory))
            {
                requests.Memory = DefaultMemoryRequest;
            }
        }

        return requests;
    }
}
