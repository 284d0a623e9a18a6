using System.Collections.Concurrent;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Serialization;
using KubeSharp.Client;
using KubeSharp.Client.Informers;
using KubeSharp.Client.Rest;
using KubeSharp.Client.WorkQueue;
using KubeSharp.Machinery.Errors;
using KubeSharp.Runtime;
using Microsoft.Extensions.Logging;
using Container = KubeSharp.Api.Core.V1.Container;

namespace KubeSharp.Kubelet.Simulated;

/// <summary>
/// Plays the kubelet for every pod bound to a simulated node, through the same runtime seam the real kubelet uses:
/// a pod gets a sandbox (and an IP from its node's pod CIDR), its init containers run to completion one by one,
/// then its containers start; its status is written when it changes. Containers that exit are restarted as the
/// restart policy says, with upstream's crash-loop back-off (10 s doubling to 5 minutes). A pod marked for deletion
/// has its containers stopped, its terminal status written, and is then deleted with grace period 0 (upstream's
/// status manager does the same once the pod's containers are gone).
/// </summary>
/// <remarks>
/// All nodes share one pod informer (indexed by <c>spec.nodeName</c>) and one rate-limited work queue keyed by
/// pod, so 50,000 pods cost one watch. The controller anatomy is upstream's: informer → queue → sync → requeue.
/// </remarks>
internal sealed partial class PodController
{
    /// <summary>The name of the pod informer's index by <c>spec.nodeName</c>.</summary>
    public const string NodeNameIndex = "spec.nodeName";

    private static readonly TimeSpan InitialBackOff = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromMinutes(5);

    private readonly ResourceClient<Pod> _pods;
    private readonly ISharedIndexInformer<Pod> _informer;
    private readonly IReadOnlyDictionary<string, SimulatedNode> _nodes;
    private readonly SimulatedNodeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RateLimitingQueue<string> _queue;
    private readonly ConcurrentDictionary<string, PodRecord> _records = new(StringComparer.Ordinal);

    public PodController(Kubernetes client, ISharedIndexInformer<Pod> informer, IReadOnlyDictionary<string, SimulatedNode> nodes, SimulatedNodeOptions options, TimeProvider time, ILogger logger)
    {
        _pods = client.Resource<Pod>();
        _informer = informer;
        _nodes = nodes;
        _options = options;
        _time = time;
        _logger = logger;
        _queue = new RateLimitingQueue<string>(time, "simulated-pods", DefaultControllerRateLimiter.Create<string>(time));
    }

    /// <summary>Indexes pods by node name; must run before the informer starts.</summary>
    public static void AddIndexers(ISharedIndexInformer<Pod> informer)
    {
        if (informer.Indexer.GetIndexers().ContainsKey(NodeNameIndex))
        {
            return;
        }

        informer.AddIndexers(new Dictionary<string, IndexFunc<Pod>>(StringComparer.Ordinal)
        {
            [NodeNameIndex] = pod => string.IsNullOrEmpty(pod.Spec.NodeName) ? [] : [pod.Spec.NodeName],
        });
    }

    /// <summary>How many pods have a sandbox on the simulated nodes.</summary>
    public int RunningPods => _records.Count;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var registration = _informer.AddEventHandler(new ResourceEventHandlerFuncs<Pod>
        {
            AddFunc = (pod, _) => EnqueueIfOurs(pod),
            UpdateFunc = (_, pod) => EnqueueIfOurs(pod),
            DeleteFunc = obj =>
            {
                if (Cache.DeletedObject<Pod>(obj) is { } pod)
                {
                    EnqueueIfOurs(pod);
                }
            },
        });
        foreach (var node in _nodes.Values)
        {
            node.Runtime.ContainerExited += OnContainerExited;
        }

        using var stop = cancellationToken.Register(_queue.ShutDown);
        try
        {
            var workers = new Task[_options.PodWorkers];
            for (var i = 0; i < workers.Length; i++)
            {
                workers[i] = Task.Run(() => WorkerAsync(cancellationToken), CancellationToken.None);
            }

            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        finally
        {
            foreach (var node in _nodes.Values)
            {
                node.Runtime.ContainerExited -= OnContainerExited;
            }

            _informer.RemoveEventHandler(registration);
        }
    }

    private void EnqueueIfOurs(Pod pod)
    {
        if (pod.Spec.NodeName is { } nodeName && _nodes.ContainsKey(nodeName))
        {
            _queue.Add(Cache.MetaNamespaceKey(pod));
        }
    }

    private void OnContainerExited(object? sender, ContainerExitedEventArgs e)
    {
        var labels = e.Sandbox.Labels;
        if (labels.TryGetValue(RuntimeLabels.PodNamespace, out var ns) && labels.TryGetValue(RuntimeLabels.PodName, out var name))
        {
            _queue.Add(ns + "/" + name);
        }
    }

    private async Task WorkerAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var (key, shutdown) = await _queue.GetAsync(CancellationToken.None).ConfigureAwait(false);
            if (shutdown)
            {
                return;
            }

            try
            {
                var requeueAfter = await SyncAsync(key, cancellationToken).ConfigureAwait(false);
                _queue.Forget(key);
                if (requeueAfter is { } after)
                {
                    _queue.AddAfter(key, after);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (error is ApiException or HttpRequestException or RuntimeException)
            {
                LogSyncFailed(key, error.Message);
                _queue.AddRateLimited(key);
            }
            finally
            {
                _queue.Done(key);
            }
        }
    }

    /// <summary>Brings one pod's containers and status in line with its spec; returns when to look again, if a back-off is running.</summary>
    internal async Task<TimeSpan?> SyncAsync(string key, CancellationToken cancellationToken)
    {
        var pod = _informer.Indexer.GetByKey(key);
        _records.TryGetValue(key, out var record);
        if (record is not null && (pod is null || pod.Metadata.Uid != record.Uid))
        {
            // Deleted outright (or replaced by a pod of the same name): nothing to report, just clean up.
            await TearDownAsync(record, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
            _records.TryRemove(key, out _);
            record = null;
        }

        if (pod is null || pod.Spec.NodeName is not { } nodeName || !_nodes.TryGetValue(nodeName, out var node))
        {
            return null;
        }

        if (pod.Metadata.DeletionTimestamp is not null)
        {
            await FinishDeletionAsync(pod, node, record, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (record is null)
        {
            // A pod that already finished is never run again (after a restart of the simulated nodes, too).
            if (pod.Status.Phase is PodPhase.Succeeded or PodPhase.Failed)
            {
                return null;
            }

            record = await StartSandboxAsync(key, pod, node, cancellationToken).ConfigureAwait(false);
            _records[key] = record;
        }

        var requeueAfter = await StartContainersAsync(pod, record, cancellationToken).ConfigureAwait(false);
        await WriteStatusAsync(pod, record, terminating: false, cancellationToken).ConfigureAwait(false);
        return requeueAfter;
    }

    private async Task<PodRecord> StartSandboxAsync(string key, Pod pod, SimulatedNode node, CancellationToken cancellationToken)
    {
        var config = SandboxConfig(pod);
        foreach (var container in AllContainers(pod))
        {
            await node.Runtime.PullImageAsync(new ImageSpec(container.Image ?? ""), null, config, cancellationToken).ConfigureAwait(false);
        }

        var sandboxId = await node.Runtime.RunPodSandboxAsync(config, cancellationToken: cancellationToken).ConfigureAwait(false);
        LogStartedPod(key, node.Name);
        return new PodRecord(key, pod.Metadata.Uid ?? "", node, sandboxId) { StartTime = _time.GetUtcNow() };
    }

    /// <summary>Init containers one at a time, each after the previous exited 0; then every container; restarts with back-off.</summary>
    private async Task<TimeSpan?> StartContainersAsync(Pod pod, PodRecord record, CancellationToken cancellationToken)
    {
        var restartPolicy = pod.Spec.RestartPolicy ?? RestartPolicy.Always;
        TimeSpan? requeueAfter = null;
        foreach (var init in pod.Spec.InitContainers ?? [])
        {
            var state = await EnsureAsync(pod, record, init, isInit: true, restartPolicy, cancellationToken).ConfigureAwait(false);
            if (state.Exited && state.ExitCode == 0)
            {
                continue;
            }

            return state.RequeueAfter;
        }

        foreach (var container in pod.Spec.Containers)
        {
            var state = await EnsureAsync(pod, record, container, isInit: false, restartPolicy, cancellationToken).ConfigureAwait(false);
            if (state.RequeueAfter is { } after && (requeueAfter is null || after < requeueAfter))
            {
                requeueAfter = after;
            }
        }

        return requeueAfter;
    }

    private async Task<(bool Exited, int ExitCode, TimeSpan? RequeueAfter)> EnsureAsync(Pod pod, PodRecord record, Container spec, bool isInit, string restartPolicy, CancellationToken cancellationToken)
    {
        var runtime = record.Node.Runtime;
        var container = record.Container(spec.Name);
        if (container.ContainerId is null)
        {
            await CreateAndStartAsync(pod, record, spec, container, isInit, cancellationToken).ConfigureAwait(false);
            return (false, 0, null);
        }

        var status = (await runtime.ContainerStatusAsync(container.ContainerId, cancellationToken: cancellationToken).ConfigureAwait(false)).Status;
        if (status.State != Runtime.ContainerState.Exited)
        {
            return (false, 0, null);
        }

        var restart = restartPolicy == RestartPolicy.Always || (restartPolicy == RestartPolicy.OnFailure && status.ExitCode != 0);
        if (isInit)
        {
            // Init containers are rerun only when they fail (and the pod may restart at all).
            restart = status.ExitCode != 0 && restartPolicy != RestartPolicy.Never;
        }

        if (!restart)
        {
            return (true, status.ExitCode, null);
        }

        var now = _time.GetUtcNow();
        if (container.BackOffUntil is null)
        {
            var delay = TimeSpan.FromTicks(Math.Min(MaxBackOff.Ticks, InitialBackOff.Ticks << (int)Math.Min(container.Attempt, 10)));
            container.BackOffUntil = status.FinishedAt.GetValueOrDefault(now) + delay;
        }

        if (container.BackOffUntil > now)
        {
            return (true, status.ExitCode, container.BackOffUntil - now);
        }

        container.LastTermination = PodStatusBuilder.Terminated(status);
        container.BackOffUntil = null;
        container.Attempt++;
        await runtime.RemoveContainerAsync(status.Id, cancellationToken).ConfigureAwait(false);
        await CreateAndStartAsync(pod, record, spec, container, isInit, cancellationToken).ConfigureAwait(false);
        return (false, 0, null);
    }

    private static async Task CreateAndStartAsync(Pod pod, PodRecord record, Container spec, ContainerRecord container, bool isInit, CancellationToken cancellationToken)
    {
        var runtime = record.Node.Runtime;
        var config = new ContainerConfig
        {
            Metadata = new ContainerMetadata { Name = spec.Name, Attempt = container.Attempt },
            Image = new ImageSpec(spec.Image ?? ""),
            Command = spec.Command ?? [],
            Args = spec.Args ?? [],
            Labels = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [RuntimeLabels.PodName] = pod.Metadata.Name ?? "",
                [RuntimeLabels.PodNamespace] = pod.Metadata.Namespace ?? "",
                [RuntimeLabels.PodUid] = pod.Metadata.Uid ?? "",
                [RuntimeLabels.ContainerName] = spec.Name,
            },

            // Simulated init containers finish as soon as they start, unless the pod says otherwise for all containers.
            Annotations = isInit && !HasProgram(pod)
                ? new Dictionary<string, string>(StringComparer.Ordinal) { [SimulatedAnnotations.CompleteAfter] = "0s" }
                : new Dictionary<string, string>(),
            LogPath = $"{spec.Name}/{container.Attempt}.log",
        };
        container.ContainerId = await runtime.CreateContainerAsync(record.SandboxId, config, SandboxConfig(pod), cancellationToken).ConfigureAwait(false);
        await runtime.StartContainerAsync(container.ContainerId, cancellationToken).ConfigureAwait(false);
    }

    private async Task FinishDeletionAsync(Pod pod, SimulatedNode node, PodRecord? record, CancellationToken cancellationToken)
    {
        var key = Cache.MetaNamespaceKey(pod);
        if (record is not null)
        {
            var grace = TimeSpan.FromSeconds(pod.Metadata.DeletionGracePeriodSeconds ?? pod.Spec.TerminationGracePeriodSeconds ?? 30);
            foreach (var container in record.Containers.Values)
            {
                if (container.ContainerId is { } id)
                {
                    await node.Runtime.StopContainerAsync(id, grace, cancellationToken).ConfigureAwait(false);
                }
            }

            await node.Runtime.StopPodSandboxAsync(record.SandboxId, cancellationToken).ConfigureAwait(false);
            if (pod.Status.Phase is not (PodPhase.Succeeded or PodPhase.Failed))
            {
                await WriteStatusAsync(pod, record, terminating: true, cancellationToken).ConfigureAwait(false);
            }

            await node.Runtime.RemovePodSandboxAsync(record.SandboxId, cancellationToken).ConfigureAwait(false);
            _records.TryRemove(key, out _);
        }

        try
        {
            await _pods.Namespace(pod.Metadata.Namespace ?? "default").DeleteAsync(
                pod.Metadata.Name ?? "",
                new DeleteOptions { GracePeriodSeconds = 0, Preconditions = new Preconditions { Uid = pod.Metadata.Uid } },
                cancellationToken).ConfigureAwait(false);
            LogDeletedPod(key, node.Name);
        }
        catch (ApiException error) when (ApiErrors.IsNotFound(error) || ApiErrors.IsConflict(error))
        {
            // Already gone, or a new pod took the name: nothing of ours is left to delete.
        }
    }

    private static async Task TearDownAsync(PodRecord record, TimeSpan grace, CancellationToken cancellationToken)
    {
        var runtime = record.Node.Runtime;
        foreach (var container in record.Containers.Values)
        {
            if (container.ContainerId is { } id)
            {
                await runtime.StopContainerAsync(id, grace, cancellationToken).ConfigureAwait(false);
            }
        }

        await runtime.StopPodSandboxAsync(record.SandboxId, cancellationToken).ConfigureAwait(false);
        await runtime.RemovePodSandboxAsync(record.SandboxId, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteStatusAsync(Pod pod, PodRecord record, bool terminating, CancellationToken cancellationToken)
    {
        var runtime = record.Node.Runtime;
        var sandbox = (await runtime.PodSandboxStatusAsync(record.SandboxId, cancellationToken: cancellationToken).ConfigureAwait(false)).Status;
        var init = await ViewsAsync(pod.Spec.InitContainers ?? [], record, cancellationToken).ConfigureAwait(false);
        var containers = await ViewsAsync(pod.Spec.Containers, record, cancellationToken).ConfigureAwait(false);
        var notReady = pod.Metadata.Annotations?.GetValueOrDefault(SimulatedAnnotations.NotReady) == "true";
        var now = _time.GetUtcNow();
        var status = PodStatusBuilder.Build(
            pod, record.Node, sandbox.Network?.Ip, sandbox.State == PodSandboxState.Ready, init, containers, notReady, terminating, record.StartTime ?? now, now);

        var json = KubeJson.Serialize(status);
        if (json == KubeJson.Serialize(pod.Status))
        {
            return;
        }

        await _pods.Namespace(pod.Metadata.Namespace ?? "default")
            .PatchAsync(pod.Metadata.Name ?? "", PatchType.Merge, "{\"status\":" + json + "}", subresource: "status", cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }

    private static async Task<List<ContainerView>> ViewsAsync(List<Container> specs, PodRecord record, CancellationToken cancellationToken)
    {
        List<ContainerView> views = new(specs.Count);
        foreach (var spec in specs)
        {
            var container = record.Container(spec.Name);
            Runtime.ContainerStatus? status = null;
            if (container.ContainerId is { } id)
            {
                status = (await record.Node.Runtime.ContainerStatusAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false)).Status;
            }

            views.Add(new ContainerView(spec, container, status));
        }

        return views;
    }

    private static PodSandboxConfig SandboxConfig(Pod pod)
    {
        var labels = new Dictionary<string, string>(pod.Metadata.Labels ?? [], StringComparer.Ordinal)
        {
            [RuntimeLabels.PodName] = pod.Metadata.Name ?? "",
            [RuntimeLabels.PodNamespace] = pod.Metadata.Namespace ?? "",
            [RuntimeLabels.PodUid] = pod.Metadata.Uid ?? "",
        };
        return new PodSandboxConfig
        {
            Metadata = new PodSandboxMetadata { Name = pod.Metadata.Name ?? "", Namespace = pod.Metadata.Namespace ?? "", Uid = pod.Metadata.Uid ?? "" },
            Hostname = pod.Spec.Hostname ?? pod.Metadata.Name ?? "",
            LogDirectory = $"/var/log/pods/{pod.Metadata.Namespace}_{pod.Metadata.Name}_{pod.Metadata.Uid}",
            Labels = labels,
            Annotations = pod.Metadata.Annotations ?? new Dictionary<string, string>(),
            Linux = new LinuxPodSandboxConfig
            {
                SecurityContext = new LinuxSandboxSecurityContext
                {
                    NamespaceOptions = new NamespaceOption { Network = pod.Spec.HostNetwork == true ? NamespaceMode.Node : NamespaceMode.Pod },
                },
            },
        };
    }

    private static bool HasProgram(Pod pod) =>
        pod.Metadata.Annotations is { } annotations
        && (annotations.ContainsKey(SimulatedAnnotations.FailAfter) || annotations.ContainsKey(SimulatedAnnotations.CompleteAfter));

    private static IEnumerable<Container> AllContainers(Pod pod) => (pod.Spec.InitContainers ?? []).Concat(pod.Spec.Containers);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Started pod {Pod} on simulated node {Node}")]
    private partial void LogStartedPod(string pod, string node);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deleted pod {Pod} from simulated node {Node}")]
    private partial void LogDeletedPod(string pod, string node);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed to sync pod {Pod} on a simulated node: {Error}")]
    private partial void LogSyncFailed(string pod, string error);
}
