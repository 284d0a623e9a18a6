using KubeSharp.Runtime;

namespace KubeSharp.Kubelet.Simulated;

public sealed partial class SimulatedRuntime
{
    public Task<string> RunPodSandboxAsync(PodSandboxConfig config, string runtimeHandler = "", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (string.IsNullOrEmpty(config.Metadata.Name) || string.IsNullOrEmpty(config.Metadata.Uid))
        {
            throw RuntimeException.InvalidArgument("a sandbox needs metadata name and uid");
        }

        var hostNetwork = config.Linux?.SecurityContext?.NamespaceOptions?.Network == NamespaceMode.Node;
        lock (_lock)
        {
            foreach (var existing in _sandboxes.Values)
            {
                if (existing.Sandbox.State == PodSandboxState.Ready && existing.Sandbox.Metadata == config.Metadata)
                {
                    throw new RuntimeException(RuntimeErrorCode.AlreadyExists, $"sandbox name \"{config.Metadata.Namespace}_{config.Metadata.Name}_{config.Metadata.Attempt}\" is reserved for {existing.Sandbox.Id}");
                }
            }

            // Host-network pods share the node's address: the kubelet reports the host IPs for them.
            var address = hostNetwork ? -1 : AllocateAddress();
            var sandbox = new PodSandbox
            {
                Id = NewId(),
                Metadata = config.Metadata,
                State = PodSandboxState.Ready,
                CreatedAt = _time.GetUtcNow(),
                Labels = config.Labels,
                Annotations = config.Annotations,
                RuntimeHandler = runtimeHandler,
            };
            _sandboxes[sandbox.Id] = new SandboxEntry(sandbox, config, address);
            return Task.FromResult(sandbox.Id);
        }
    }

    public Task StopPodSandboxAsync(string podSandboxId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_sandboxes.TryGetValue(podSandboxId, out var entry))
            {
                return Task.CompletedTask;
            }

            foreach (var container in _containers.Values)
            {
                if (container.SandboxId == podSandboxId)
                {
                    Kill(container, exitCode: 137, reason: ContainerStatus.ErrorReason);
                }
            }

            entry.Sandbox = entry.Sandbox with { State = PodSandboxState.NotReady };
            ReleaseAddress(entry);
        }

        return Task.CompletedTask;
    }

    public Task RemovePodSandboxAsync(string podSandboxId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_sandboxes.Remove(podSandboxId, out var entry))
            {
                return Task.CompletedTask;
            }

            ReleaseAddress(entry);
            List<string> removed = [];
            foreach (var (id, container) in _containers)
            {
                if (container.SandboxId == podSandboxId)
                {
                    container.ExitTimer?.Dispose();
                    removed.Add(id);
                }
            }

            foreach (var id in removed)
            {
                _containers.Remove(id);
            }
        }

        return Task.CompletedTask;
    }

    public Task<PodSandboxStatusResponse> PodSandboxStatusAsync(string podSandboxId, bool verbose = false, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_sandboxes.TryGetValue(podSandboxId, out var entry))
            {
                throw RuntimeException.NotFound("sandbox", podSandboxId);
            }

            var sandbox = entry.Sandbox;
            return Task.FromResult(new PodSandboxStatusResponse
            {
                Status = new PodSandboxStatus
                {
                    Id = sandbox.Id,
                    Metadata = sandbox.Metadata,
                    State = sandbox.State,
                    CreatedAt = sandbox.CreatedAt,
                    Network = entry.Address >= 0 && _podCidr is { } cidr ? new PodSandboxNetworkStatus { Ip = cidr.Address(entry.Address).ToString() } : null,
                    NamespaceOptions = entry.Config.Linux?.SecurityContext?.NamespaceOptions,
                    Labels = sandbox.Labels,
                    Annotations = sandbox.Annotations,
                    RuntimeHandler = sandbox.RuntimeHandler,
                },
            });
        }
    }

    public Task<IReadOnlyList<PodSandbox>> ListPodSandboxAsync(PodSandboxFilter? filter = null, CancellationToken cancellationToken = default)
    {
        List<PodSandbox> result = [];
        lock (_lock)
        {
            foreach (var entry in _sandboxes.Values)
            {
                var sandbox = entry.Sandbox;
                if (filter is not null
                    && ((filter.Id.Length > 0 && sandbox.Id != filter.Id)
                        || (filter.State is { } state && sandbox.State != state)
                        || !Matches(sandbox.Labels, filter.LabelSelector)))
                {
                    continue;
                }

                result.Add(sandbox);
            }
        }

        return Task.FromResult<IReadOnlyList<PodSandbox>>(result);
    }

    /// <summary>The next free address of the pod CIDR; .0 is the network and .1 the bridge's gateway, as the CNI bridge plugin leaves them.</summary>
    private long AllocateAddress()
    {
        if (_podCidr is not { } cidr)
        {
            throw new RuntimeException(RuntimeErrorCode.FailedPrecondition, "no pod CIDR configured: the network is not ready");
        }

        var usable = cidr.Size - 3;
        for (long tried = 0; tried < usable; tried++)
        {
            var candidate = _nextAddress;
            _nextAddress = _nextAddress + 1 >= cidr.Size - 1 ? 2 : _nextAddress + 1;
            if (_usedAddresses.Add(candidate))
            {
                return candidate;
            }
        }

        throw new RuntimeException(RuntimeErrorCode.ResourceExhausted, $"no free address left in {cidr}");
    }

    private void ReleaseAddress(SandboxEntry entry)
    {
        if (entry.Address >= 0)
        {
            _usedAddresses.Remove(entry.Address);
            entry.Address = -1;
        }
    }

    private sealed class SandboxEntry(PodSandbox sandbox, PodSandboxConfig config, long address)
    {
        public PodSandbox Sandbox { get; set; } = sandbox;

        public PodSandboxConfig Config { get; } = config;

        /// <summary>The offset of the sandbox's IP in the pod CIDR; -1 when it has none (host network, or stopped).</summary>
        public long Address { get; set; } = address;
    }
}
