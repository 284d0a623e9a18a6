using System.Globalization;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Runtime;

namespace KubeSharp.Kubelet.Simulated;

public sealed partial class SimulatedRuntime
{
    public Task<string> CreateContainerAsync(string podSandboxId, ContainerConfig config, PodSandboxConfig sandboxConfig, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(sandboxConfig);
        if (string.IsNullOrEmpty(config.Metadata.Name) || string.IsNullOrEmpty(config.Image.Image))
        {
            throw RuntimeException.InvalidArgument("a container needs a name and an image");
        }

        // A container's own annotations win over the pod's (the simulated kubelet marks init containers to complete at once).
        var program = SimulatedProgram.From(config.Annotations, sandboxConfig.Annotations);
        lock (_lock)
        {
            if (!_sandboxes.TryGetValue(podSandboxId, out var sandbox))
            {
                throw RuntimeException.NotFound("sandbox", podSandboxId);
            }

            if (sandbox.Sandbox.State != PodSandboxState.Ready)
            {
                throw RuntimeException.FailedPrecondition($"sandbox {podSandboxId} is not ready");
            }

            foreach (var existing in _containers.Values)
            {
                if (existing.SandboxId == podSandboxId && existing.Container.Metadata == config.Metadata)
                {
                    throw new RuntimeException(RuntimeErrorCode.AlreadyExists, $"container \"{config.Metadata.Name}\" attempt {config.Metadata.Attempt} already exists in sandbox {podSandboxId}");
                }
            }

            var container = new Container
            {
                Id = NewId(),
                PodSandboxId = podSandboxId,
                Metadata = config.Metadata,
                Image = config.Image,
                ImageRef = ImageId(config.Image.Image),
                ImageId = ImageId(config.Image.Image),
                State = ContainerState.Created,
                CreatedAt = _time.GetUtcNow(),
                Labels = config.Labels,
                Annotations = config.Annotations,
            };
            var logPath = string.IsNullOrEmpty(config.LogPath) ? "" : Path.Combine(sandboxConfig.LogDirectory, config.LogPath);
            _containers[container.Id] = new ContainerEntry(container, program, logPath);
            return Task.FromResult(container.Id);
        }
    }

    public Task StartContainerAsync(string containerId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var entry = Find(containerId);
            if (entry.Container.State != ContainerState.Created)
            {
                throw RuntimeException.FailedPrecondition($"container {containerId} is {entry.Container.State}, not created");
            }

            entry.Container = entry.Container with { State = ContainerState.Running };
            entry.StartedAt = _time.GetUtcNow();
            if (entry.Program.ExitAfter is { } after)
            {
                entry.ExitTimer = _time.CreateTimer(_ => ExitOnItsOwn(containerId), null, after, Timeout.InfiniteTimeSpan);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopContainerAsync(string containerId, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            // A simulated program exits as soon as it is told to (SIGTERM, 128 + 15), so the grace period is never used up.
            Kill(Find(containerId), exitCode: 143, reason: ContainerStatus.ErrorReason);
        }

        return Task.CompletedTask;
    }

    public Task RemoveContainerAsync(string containerId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_containers.Remove(containerId, out var entry))
            {
                entry.ExitTimer?.Dispose();
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Container>> ListContainersAsync(ContainerFilter? filter = null, CancellationToken cancellationToken = default)
    {
        List<Container> result = [];
        lock (_lock)
        {
            foreach (var entry in _containers.Values)
            {
                var container = entry.Container;
                if (filter is not null
                    && ((filter.Id.Length > 0 && container.Id != filter.Id)
                        || (filter.PodSandboxId.Length > 0 && container.PodSandboxId != filter.PodSandboxId)
                        || (filter.State is { } state && container.State != state)
                        || !Matches(container.Labels, filter.LabelSelector)))
                {
                    continue;
                }

                result.Add(container);
            }
        }

        return Task.FromResult<IReadOnlyList<Container>>(result);
    }

    public Task<ContainerStatusResponse> ContainerStatusAsync(string containerId, bool verbose = false, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var entry = Find(containerId);
            var container = entry.Container;
            return Task.FromResult(new ContainerStatusResponse
            {
                Status = new ContainerStatus
                {
                    Id = container.Id,
                    Metadata = container.Metadata,
                    State = container.State,
                    CreatedAt = container.CreatedAt,
                    StartedAt = entry.StartedAt,
                    FinishedAt = entry.FinishedAt,
                    ExitCode = entry.ExitCode,
                    Reason = entry.Reason,
                    Image = container.Image,
                    ImageRef = container.ImageRef,
                    ImageId = container.ImageId,
                    Labels = container.Labels,
                    Annotations = container.Annotations,
                    LogPath = entry.LogPath,
                },
            });
        }
    }

    public Task UpdateContainerResourcesAsync(string containerId, LinuxContainerResources resources, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            Find(containerId);
        }

        return Task.CompletedTask;
    }

    public Task ReopenContainerLogAsync(string containerId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (Find(containerId).Container.State != ContainerState.Running)
            {
                throw RuntimeException.FailedPrecondition($"container {containerId} is not running");
            }
        }

        return Task.CompletedTask;
    }

    private ContainerEntry Find(string containerId) =>
        _containers.TryGetValue(containerId, out var entry) ? entry : throw RuntimeException.NotFound("container", containerId);

    private void Kill(ContainerEntry entry, int exitCode, string reason)
    {
        entry.ExitTimer?.Dispose();
        entry.ExitTimer = null;
        switch (entry.Container.State)
        {
            case ContainerState.Running:
                entry.Exit(_time.GetUtcNow(), exitCode, reason);
                break;
            case ContainerState.Created:
                // Never started: it ends without having run, as CRI-O reports it.
                entry.Exit(_time.GetUtcNow(), 0, "");
                break;
        }
    }

    private void ExitOnItsOwn(string containerId)
    {
        PodSandbox sandbox;
        lock (_lock)
        {
            if (!_containers.TryGetValue(containerId, out var entry) || entry.Container.State != ContainerState.Running)
            {
                return;
            }

            entry.ExitTimer?.Dispose();
            entry.ExitTimer = null;
            var code = entry.Program.ExitCode;
            entry.Exit(_time.GetUtcNow(), code, code == 0 ? ContainerStatus.CompletedReason : ContainerStatus.ErrorReason);
            sandbox = _sandboxes[entry.SandboxId].Sandbox;
        }

        ContainerExited?.Invoke(this, new ContainerExitedEventArgs(containerId, sandbox));
    }

    private static string ImageId(string image) =>
        "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(image)));

    private sealed class ContainerEntry(Container container, SimulatedProgram program, string logPath)
    {
        public Container Container { get; set; } = container;

        public string SandboxId => Container.PodSandboxId;

        public SimulatedProgram Program { get; } = program;

        public string LogPath { get; } = logPath;

        public DateTimeOffset? StartedAt { get; set; }

        public DateTimeOffset? FinishedAt { get; private set; }

        public int ExitCode { get; private set; }

        public string Reason { get; private set; } = "";

        public ITimer? ExitTimer { get; set; }

        public void Exit(DateTimeOffset at, int exitCode, string reason)
        {
            Container = Container with { State = ContainerState.Exited };
            FinishedAt = at;
            ExitCode = exitCode;
            Reason = reason;
        }
    }

    /// <summary>What a simulated container's program does, from the pod's <see cref="SimulatedAnnotations"/>.</summary>
    private readonly record struct SimulatedProgram(TimeSpan? ExitAfter, int ExitCode)
    {
        public static SimulatedProgram From(IReadOnlyDictionary<string, string> container, IReadOnlyDictionary<string, string> pod)
        {
            var annotations = container.ContainsKey(SimulatedAnnotations.FailAfter) || container.ContainsKey(SimulatedAnnotations.CompleteAfter) ? container : pod;
            if (annotations.TryGetValue(SimulatedAnnotations.FailAfter, out var failAfter))
            {
                var code = annotations.TryGetValue(SimulatedAnnotations.ExitCode, out var text)
                    && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed != 0 ? parsed : 1;
                return new SimulatedProgram(ParseDuration(SimulatedAnnotations.FailAfter, failAfter), code);
            }

            if (annotations.TryGetValue(SimulatedAnnotations.CompleteAfter, out var completeAfter))
            {
                return new SimulatedProgram(ParseDuration(SimulatedAnnotations.CompleteAfter, completeAfter), 0);
            }

            return new SimulatedProgram(null, 0);
        }

        private static TimeSpan ParseDuration(string annotation, string text)
        {
            if (!Duration.TryParse(text, out var duration, out var error) || duration.Nanoseconds < 0)
            {
                throw RuntimeException.InvalidArgument($"annotation {annotation}=\"{text}\": {error ?? "must not be negative"}");
            }

            return duration.ToTimeSpan();
        }
    }
}
