namespace KubeSharp.Runtime;

/// <summary>
/// The runtime half of the Container Runtime Interface, as the kubelet sees it: pod sandboxes, containers,
/// exec/attach/port-forward and stats. Mirrors CRI's <c>RuntimeService</c> (kubernetes/cri-api
/// pkg/apis/runtime/v1/api.proto) call for call; errors are <see cref="RuntimeException"/>s whose
/// <see cref="RuntimeErrorCode"/> plays the role of the gRPC status code.
/// </summary>
/// <remarks>
/// CRI's Exec, Attach and PortForward return the URL of a streaming server the runtime runs. In-process the
/// kubelet's own server is the streaming server, so here they return the streams directly.
/// </remarks>
public interface IRuntimeService
{
    /// <summary>The runtime name, its version and the CRI API version it implements.</summary>
    Task<VersionResponse> VersionAsync(CancellationToken cancellationToken = default);

    /// <summary>The runtime's conditions (<c>RuntimeReady</c>, <c>NetworkReady</c>).</summary>
    Task<RuntimeStatusResponse> StatusAsync(bool verbose = false, CancellationToken cancellationToken = default);

    /// <summary>Passes runtime configuration from the kubelet, today only the node's pod CIDR.</summary>
    Task UpdateRuntimeConfigAsync(RuntimeConfig config, CancellationToken cancellationToken = default);

    /// <summary>Creates and starts a pod sandbox; on success the sandbox is ready. Returns its ID.</summary>
    Task<string> RunPodSandboxAsync(PodSandboxConfig config, string runtimeHandler = "", CancellationToken cancellationToken = default);

    /// <summary>
    /// Stops every process in the sandbox and frees its network resources. Idempotent: calling it again, or
    /// for a sandbox whose resources are already gone, succeeds.
    /// </summary>
    Task StopPodSandboxAsync(string podSandboxId, CancellationToken cancellationToken = default);

    /// <summary>Removes the sandbox, forcibly removing any container left in it. Idempotent.</summary>
    Task RemovePodSandboxAsync(string podSandboxId, CancellationToken cancellationToken = default);

    /// <summary>The sandbox's status; <see cref="RuntimeErrorCode.NotFound"/> if it does not exist.</summary>
    Task<PodSandboxStatusResponse> PodSandboxStatusAsync(string podSandboxId, bool verbose = false, CancellationToken cancellationToken = default);

    /// <summary>Sandboxes matching every field of the filter (all when null).</summary>
    Task<IReadOnlyList<PodSandbox>> ListPodSandboxAsync(PodSandboxFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a container in a sandbox (state <see cref="ContainerState.Created"/>). Returns its ID.</summary>
    Task<string> CreateContainerAsync(string podSandboxId, ContainerConfig config, PodSandboxConfig sandboxConfig, CancellationToken cancellationToken = default);

    /// <summary>Starts a created container.</summary>
    Task StartContainerAsync(string containerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends the stop signal, waits up to <paramref name="timeout"/> (zero: kill at once), then kills.
    /// Idempotent for containers that already exited.
    /// </summary>
    Task StopContainerAsync(string containerId, TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>Removes the container, killing it first if it still runs. Idempotent.</summary>
    Task RemoveContainerAsync(string containerId, CancellationToken cancellationToken = default);

    /// <summary>Containers matching every field of the filter (all when null).</summary>
    Task<IReadOnlyList<Container>> ListContainersAsync(ContainerFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>The container's status; <see cref="RuntimeErrorCode.NotFound"/> if it does not exist.</summary>
    Task<ContainerStatusResponse> ContainerStatusAsync(string containerId, bool verbose = false, CancellationToken cancellationToken = default);

    /// <summary>Applies new cgroup limits to a running container.</summary>
    Task UpdateContainerResourcesAsync(string containerId, LinuxContainerResources resources, CancellationToken cancellationToken = default);

    /// <summary>Makes the container's log writer reopen its log file (after the kubelet rotated it).</summary>
    Task ReopenContainerLogAsync(string containerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a command in the container and collects its output (each stream capped at 16 MiB). A
    /// <paramref name="timeout"/> of zero means none; when it expires the command is killed and the response
    /// carries exit code -1 and "command timed out" on stderr, as CRI-O answers.
    /// </summary>
    Task<ExecSyncResponse> ExecSyncAsync(string containerId, IReadOnlyList<string> command, TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>Starts a command in the container with its stdio streamed to the caller.</summary>
    Task<StreamingSession> ExecAsync(ExecRequest request, CancellationToken cancellationToken = default);

    /// <summary>Attaches to the stdio of the container's main process.</summary>
    Task<StreamingSession> AttachAsync(AttachRequest request, CancellationToken cancellationToken = default);

    /// <summary>Opens a TCP connection to <paramref name="port"/> on localhost inside the sandbox's network namespace.</summary>
    Task<Stream> PortForwardAsync(string podSandboxId, int port, CancellationToken cancellationToken = default);

    /// <summary>CPU, memory and writable-layer usage of one container.</summary>
    Task<ContainerStats> ContainerStatsAsync(string containerId, CancellationToken cancellationToken = default);

    /// <summary>Stats of every running container matching the filter.</summary>
    Task<IReadOnlyList<ContainerStats>> ListContainerStatsAsync(ContainerStatsFilter? filter = null, CancellationToken cancellationToken = default);
}
