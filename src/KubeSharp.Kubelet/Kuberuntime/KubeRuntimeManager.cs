using KubeSharp.Api.Core.V1;
using KubeSharp.Client.Events;
using KubeSharp.Kubelet.Images;
using KubeSharp.Runtime;
using Microsoft.Extensions.Logging;
using ApiContainer = KubeSharp.Api.Core.V1.Container;
using CriState = KubeSharp.Runtime.ContainerState;

namespace KubeSharp.Kubelet.Kuberuntime;

/// <summary>
/// upstream's kubeGenericRuntimeManager (pkg/kubelet/kuberuntime): carries out <see cref="PodActionsCalculator"/>'s
/// actions through the runtime — kill what must go, create the sandbox, start the next init container or the app
/// containers (image, config, create, start; with the crash-loop back-off) — and kills whole pods gracefully.
/// </summary>
public sealed partial class KubeRuntimeManager
{
    /// <summary>upstream's minimumGracePeriodInSeconds: a kill without an override waits at least this long.</summary>
    public static readonly TimeSpan MinimumGracePeriod = TimeSpan.FromSeconds(2);

    private readonly IContainerRuntime _runtime;
    private readonly KubeletOptions _options;
    private readonly IObjectSource _objects;
    private readonly IEventRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public KubeRuntimeManager(IContainerRuntime runtime, KubeletOptions options, IObjectSource objects, IEventRecorder recorder, TimeProvider time, ILogger logger)
    {
        _runtime = runtime;
        _options = options;
        _objects = objects;
        _recorder = recorder;
        _time = time;
        _logger = logger;
        Images = new ImageManager(runtime, recorder, time);
        CrashBackOff = new BackOff(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), time);
    }

    public ImageManager Images { get; }

    /// <summary>Crash-loop back-off per container (upstream's backOff keyed by getStableKey).</summary>
    public BackOff CrashBackOff { get; }

    /// <summary>Liveness results the prober reports (container runtime ID → failed); null until probes exist.</summary>
    public Func<ApiContainer, string, bool>? LivenessFailed { get; set; }

    /// <summary>upstream's SyncPod: brings the pod's sandbox and containers in line with its spec.</summary>
    public async Task<SyncResult> SyncPodAsync(Pod pod, RuntimePodStatus status, NodeContext node, Func<ApiContainer, IReadOnlyList<Mount>> volumeMounts, Runtime.Images.DockerKeyring keyring, CancellationToken cancellationToken)
    {
        var result = new SyncResult();
        var actions = PodActionsCalculator.Compute(pod, status, LivenessFailed);
        if (actions.KillPod)
        {
            if (actions.CreateSandbox && status.Sandboxes.Count > 0)
            {
                LogSandboxChanged(pod.Metadata.Namespace ?? "", pod.Metadata.Name ?? "");
                _recorder.Event(pod, EventTypes.Normal, "SandboxChanged", "Pod sandbox changed, it will be killed and re-created.");
            }

            await KillPodAsync(pod, status, null, cancellationToken).ConfigureAwait(false);
            if (actions.CreateSandbox)
            {
                // The old containers go with the old sandbox (upstream's garbage collector would remove them later).
                foreach (var sandbox in status.Sandboxes)
                {
                    await _runtime.RemovePodSandboxAsync(sandbox.Id, cancellationToken).ConfigureAwait(false);
                }

                status = status with { Sandboxes = [], Containers = [] };
            }
        }
        else
        {
            foreach (var (id, (spec, message)) in actions.ContainersToKill)
            {
                await KillContainerAsync(pod, id, spec, message, null, cancellationToken).ConfigureAwait(false);
            }
        }

        if (!actions.CreateSandbox && actions.SandboxId is null)
        {
            return result;
        }

        if (!actions.CreateSandbox && actions.KillPod)
        {
            return result;
        }

        var sandboxConfig = PodSandboxConfigBuilder.Build(pod, actions.Attempt, _options);
        string sandboxId;
        string? podIP;
        if (actions.CreateSandbox)
        {
            Directory.CreateDirectory(sandboxConfig.LogDirectory);
            try
            {
                sandboxId = await _runtime.RunPodSandboxAsync(sandboxConfig, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (RuntimeException error)
            {
                _recorder.Event(pod, EventTypes.Warning, "FailedCreatePodSandBox", $"Failed to create pod sandbox: {error.Message}");
                throw;
            }

            var created = (await _runtime.PodSandboxStatusAsync(sandboxId, cancellationToken: cancellationToken).ConfigureAwait(false)).Status;
            podIP = created.Network?.Ip;
        }
        else
        {
            sandboxId = actions.SandboxId!;
            podIP = status.IP;
        }

        if (actions.NextInitContainerToStart is { } init)
        {
            await StartContainerAsync(pod, init, isInit: true, sandboxId, sandboxConfig, podIP, status, node, volumeMounts, keyring, result, cancellationToken).ConfigureAwait(false);
            return result;
        }

        foreach (var index in actions.ContainersToStart)
        {
            await StartContainerAsync(pod, pod.Spec.Containers[index], isInit: false, sandboxId, sandboxConfig, podIP, status, node, volumeMounts, keyring, result, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>
    /// upstream's KillPod: stop every running container (in parallel, each with the grace period), then every sandbox.
    /// <paramref name="gracePeriodOverride"/> replaces the pod's grace period (the deletion's, or zero).
    /// </summary>
    public async Task KillPodAsync(Pod pod, RuntimePodStatus status, TimeSpan? gracePeriodOverride, CancellationToken cancellationToken)
    {
        List<Task> kills = [];
        foreach (var container in status.Containers)
        {
            if (container.State is CriState.Running or CriState.Created)
            {
                var spec = pod.Spec.Containers.Concat(pod.Spec.InitContainers ?? []).FirstOrDefault(c => c.Name == container.Metadata.Name);
                kills.Add(KillContainerAsync(pod, container.Id, spec, null, gracePeriodOverride, cancellationToken));
            }
        }

        await Task.WhenAll(kills).ConfigureAwait(false);
        foreach (var sandbox in status.Sandboxes)
        {
            await _runtime.StopPodSandboxAsync(sandbox.Id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops one container with the pod's grace period (upstream's killContainer), recording Killing.</summary>
    public async Task KillContainerAsync(Pod pod, string containerId, ApiContainer? spec, string? message, TimeSpan? gracePeriodOverride, CancellationToken cancellationToken)
    {
        var name = spec?.Name ?? containerId;
        var grace = gracePeriodOverride ?? GracePeriod(pod);
        if (gracePeriodOverride is null && grace < MinimumGracePeriod)
        {
            grace = MinimumGracePeriod;
        }

        _recorder.Event(pod, EventTypes.Normal, "Killing", message ?? $"Stopping container {name}");
        await _runtime.StopContainerAsync(containerId, grace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The grace period: the deletion's when the pod is being deleted, else the spec's (default 30 s).</summary>
    public static TimeSpan GracePeriod(Pod pod) =>
        TimeSpan.FromSeconds(pod.Metadata.DeletionGracePeriodSeconds ?? pod.Spec.TerminationGracePeriodSeconds ?? 30);

    private async Task StartContainerAsync(
        Pod pod,
        ApiContainer container,
        bool isInit,
        string sandboxId,
        PodSandboxConfig sandboxConfig,
        string? podIP,
        RuntimePodStatus status,
        NodeContext node,
        Func<ApiContainer, IReadOnlyList<Mount>> volumeMounts,
        Runtime.Images.DockerKeyring keyring,
        SyncResult result,
        CancellationToken cancellationToken)
    {
        // upstream's doBackOff: a container that exited is restarted only once its back-off has passed.
        var latest = status.Latest(container.Name);
        var backOffKey = BackOffKey(pod, container);
        if (latest is { State: CriState.Exited } exited)
        {
            var finished = exited.FinishedAt ?? _time.GetUtcNow();
            if (CrashBackOff.IsInBackOffSince(backOffKey, finished, out var remaining))
            {
                _recorder.Event(pod, EventTypes.Warning, "BackOff", $"Back-off restarting failed container {container.Name} in pod {FormatPod(pod)}");
                result.Reasons[container.Name] = ("CrashLoopBackOff", $"back-off {ImageManager.GoDuration(CrashBackOff.Get(backOffKey))} restarting failed container={container.Name} pod={FormatPod(pod)}");
                result.RequeueNoLaterThan(remaining);
                return;
            }

            CrashBackOff.Next(backOffKey, finished);
        }

        string imageRef;
        try
        {
            imageRef = await Images.EnsureImageExistsAsync(pod, container, sandboxConfig, keyring.Lookup(container.Image ?? ""), cancellationToken).ConfigureAwait(false);
        }
        catch (ImagePullException error)
        {
            _recorder.Event(pod, EventTypes.Warning, "Failed", $"Error: {error.Reason}");
            result.Reasons[container.Name] = (error.Reason, error.Message);
            result.RequeueNoLaterThan(Images.BackOff.Get($"{pod.Metadata.Uid}_{container.Image}") is { } wait && wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(10));
            return;
        }

        var restartCount = latest is null ? 0u : latest.Metadata.Attempt + 1;
        ContainerConfig config;
        try
        {
            var env = await EnvironmentBuilder.BuildAsync(pod, container, podIP, node.HostIP, node.Allocatable, _objects, cancellationToken).ConfigureAwait(false);
            List<Mount> mounts = [.. volumeMounts(container)];
            if (TerminationMessageMount(pod, container) is { } terminationLog)
            {
                mounts.Add(terminationLog);
            }

            Directory.CreateDirectory(Path.Combine(sandboxConfig.LogDirectory, container.Name));
            config = ContainerConfigBuilder.Build(pod, container, isInit, restartCount, imageRef, env, mounts, node.MemoryCapacityBytes);
        }
        catch (ContainerConfigException error)
        {
            _recorder.Event(pod, EventTypes.Warning, "Failed", $"Error: {error.Message}");
            result.Reasons[container.Name] = ("CreateContainerConfigError", error.Message);
            result.RequeueNoLaterThan(TimeSpan.FromSeconds(10));
            return;
        }

        string containerId;
        try
        {
            containerId = await _runtime.CreateContainerAsync(sandboxId, config, sandboxConfig, cancellationToken).ConfigureAwait(false);
        }
        catch (RuntimeException error)
        {
            _recorder.Event(pod, EventTypes.Warning, "Failed", $"Error: {error.Message}");
            result.Reasons[container.Name] = ("CreateContainerError", error.Message);
            result.RequeueNoLaterThan(TimeSpan.FromSeconds(10));
            return;
        }

        _recorder.Event(pod, EventTypes.Normal, "Created", $"Created container: {container.Name}");
        try
        {
            await _runtime.StartContainerAsync(containerId, cancellationToken).ConfigureAwait(false);
        }
        catch (RuntimeException error)
        {
            _recorder.Event(pod, EventTypes.Warning, "Failed", $"Error: {error.Message}");
            result.Reasons[container.Name] = ("RunContainerError", error.Message);
            result.RequeueNoLaterThan(TimeSpan.FromSeconds(10));
            return;
        }

        _recorder.Event(pod, EventTypes.Normal, "Started", $"Started container {container.Name}");
        result.Started.Add(container.Name);

        // Only the newest dead instance is kept (for lastState and logs --previous); older ones go now.
        foreach (var old in status.Containers)
        {
            if (old.Metadata.Name == container.Name && old.Id != latest?.Id && old.State == CriState.Exited)
            {
                await _runtime.RemoveContainerAsync(old.Id, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The file behind the container's terminationMessagePath: a new empty file per instance under the pod's directory,
    /// world-writable so any user in the container can write it (upstream's makeMounts).
    /// </summary>
    private Mount? TerminationMessageMount(Pod pod, ApiContainer container)
    {
        var path = container.TerminationMessagePath ?? ApiContainer.TerminationMessagePathDefault;
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var directory = Path.Combine(_options.RootDirectory, "pods", pod.Metadata.Uid ?? "", "containers", container.Name);
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4)));
        File.WriteAllBytes(file, []);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite);
        return new Mount { HostPath = file, ContainerPath = path };
    }

    /// <summary>upstream's getStableKey: the pod and container identity, plus the container's hash.</summary>
    public static string BackOffKey(Pod pod, ApiContainer container) =>
        $"{pod.Metadata.Name}_{pod.Metadata.Namespace}_{pod.Metadata.Uid}_{container.Name}_{ContainerHash.Of(container)}";

    /// <summary>upstream's format.Pod: <c>name_namespace(uid)</c>.</summary>
    public static string FormatPod(Pod pod) => $"{pod.Metadata.Name}_{pod.Metadata.Namespace}({pod.Metadata.Uid})";

    [LoggerMessage(Level = LogLevel.Information, Message = "Pod {Namespace}/{Name}: sandbox changed, it will be killed and re-created")]
    private partial void LogSandboxChanged(string @namespace, string name);
}
