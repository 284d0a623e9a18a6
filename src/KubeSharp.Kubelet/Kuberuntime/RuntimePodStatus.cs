using KubeSharp.Runtime;

namespace KubeSharp.Kubelet.Kuberuntime;

/// <summary>
/// What the runtime knows about one pod (upstream's kubecontainer.PodStatus): its sandboxes, newest first, and every
/// container it still has (running or dead), newest first. Read by pod UID label, so it survives kubelet restarts.
/// </summary>
public sealed record RuntimePodStatus
{
    public string Uid { get; init; } = "";

    public IReadOnlyList<PodSandboxStatus> Sandboxes { get; init; } = [];

    public IReadOnlyList<ContainerStatus> Containers { get; init; } = [];

    /// <summary>The pod IP of the newest sandbox, if it has one.</summary>
    public string? IP => Sandboxes.Count > 0 && Sandboxes[0].Network is { Ip.Length: > 0 } network ? network.Ip : null;

    /// <summary>The newest instance of container <paramref name="name"/> (highest attempt), or null if it never ran.</summary>
    public ContainerStatus? Latest(string name)
    {
        foreach (var container in Containers)
        {
            if (container.Metadata.Name == name)
            {
                return container;
            }
        }

        return null;
    }

    /// <summary>The instance before <see cref="Latest"/>, which gives lastState.</summary>
    public ContainerStatus? Previous(string name)
    {
        var seen = false;
        foreach (var container in Containers)
        {
            if (container.Metadata.Name != name)
            {
                continue;
            }

            if (seen)
            {
                return container;
            }

            seen = true;
        }

        return null;
    }

    /// <summary>Reads the pod's sandboxes and containers from the runtime.</summary>
    public static async Task<RuntimePodStatus> ReadAsync(IRuntimeService runtime, string uid, CancellationToken cancellationToken)
    {
        var selector = new Dictionary<string, string>(StringComparer.Ordinal) { [KubeletLabels.PodUid] = uid };
        var sandboxes = await runtime.ListPodSandboxAsync(new PodSandboxFilter { LabelSelector = selector }, cancellationToken).ConfigureAwait(false);
        List<PodSandboxStatus> sandboxStatuses = [];
        foreach (var sandbox in sandboxes.OrderByDescending(s => s.CreatedAt))
        {
            try
            {
                sandboxStatuses.Add((await runtime.PodSandboxStatusAsync(sandbox.Id, cancellationToken: cancellationToken).ConfigureAwait(false)).Status);
            }
            catch (RuntimeException error) when (error.Code == RuntimeErrorCode.NotFound)
            {
                // Removed between list and status: as if it was never listed (upstream does the same).
            }
        }

        var containers = await runtime.ListContainersAsync(new ContainerFilter { LabelSelector = selector }, cancellationToken).ConfigureAwait(false);
        List<ContainerStatus> statuses = [];
        foreach (var container in containers)
        {
            try
            {
                statuses.Add((await runtime.ContainerStatusAsync(container.Id, cancellationToken: cancellationToken).ConfigureAwait(false)).Status);
            }
            catch (RuntimeException error) when (error.Code == RuntimeErrorCode.NotFound)
            {
            }
        }

        statuses.Sort((a, b) => b.Metadata.Attempt != a.Metadata.Attempt ? b.Metadata.Attempt.CompareTo(a.Metadata.Attempt) : b.CreatedAt.CompareTo(a.CreatedAt));
        return new RuntimePodStatus { Uid = uid, Sandboxes = sandboxStatuses, Containers = statuses };
    }
}
