using KubeSharp.Runtime;

namespace KubeSharp.Kubelet.Simulated;

public sealed partial class SimulatedRuntime
{
    // There is no process to run a command in or connect to: these fail with a message a person can act on.
    private const string NoProcesses = "simulated containers run no processes: exec, attach and port-forward are not available on simulated nodes";

    public Task<ExecSyncResponse> ExecSyncAsync(string containerId, IReadOnlyList<string> command, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        throw RuntimeException.FailedPrecondition(NoProcesses);

    public Task<StreamingSession> ExecAsync(ExecRequest request, CancellationToken cancellationToken = default) =>
        throw RuntimeException.FailedPrecondition(NoProcesses);

    public Task<StreamingSession> AttachAsync(AttachRequest request, CancellationToken cancellationToken = default) =>
        throw RuntimeException.FailedPrecondition(NoProcesses);

    public Task<Stream> PortForwardAsync(string podSandboxId, int port, CancellationToken cancellationToken = default) =>
        throw RuntimeException.FailedPrecondition(NoProcesses);

    /// <summary>Idle usage: no CPU, no memory, an empty writable layer.</summary>
    public Task<ContainerStats> ContainerStatsAsync(string containerId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(Stats(Find(containerId)));
        }
    }

    public Task<IReadOnlyList<ContainerStats>> ListContainerStatsAsync(ContainerStatsFilter? filter = null, CancellationToken cancellationToken = default)
    {
        List<ContainerStats> result = [];
        lock (_lock)
        {
            foreach (var entry in _containers.Values)
            {
                var container = entry.Container;
                if (container.State != ContainerState.Running
                    || (filter is not null
                        && ((filter.Id.Length > 0 && container.Id != filter.Id)
                            || (filter.PodSandboxId.Length > 0 && container.PodSandboxId != filter.PodSandboxId)
                            || !Matches(container.Labels, filter.LabelSelector))))
                {
                    continue;
                }

                result.Add(Stats(entry));
            }
        }

        return Task.FromResult<IReadOnlyList<ContainerStats>>(result);
    }

    private ContainerStats Stats(ContainerEntry entry)
    {
        var now = _time.GetUtcNow();
        var container = entry.Container;
        return new ContainerStats
        {
            Attributes = new ContainerAttributes { Id = container.Id, Metadata = container.Metadata, Labels = container.Labels, Annotations = container.Annotations },
            Cpu = new CpuUsage { Timestamp = now, UsageCoreNanoSeconds = 0, UsageNanoCores = 0 },
            Memory = new MemoryUsage { Timestamp = now, WorkingSetBytes = 0, UsageBytes = 0, RssBytes = 0 },
            WritableLayer = new FilesystemUsage { Timestamp = now, Mountpoint = "/simulated", UsedBytes = 0, InodesUsed = 0 },
        };
    }
}
