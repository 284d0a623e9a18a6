using System.Collections.Concurrent;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Serialization;
using KubeSharp.Client.Informers;
using KubeSharp.Client.Rest;
using KubeSharp.Client.WorkQueue;
using KubeSharp.Kubelet.Kuberuntime;
using KubeSharp.Kubelet.Nodestatus;
using KubeSharp.Kubelet.Status;
using KubeSharp.Machinery.Errors;
using KubeSharp.Runtime;
using KubeSharp.Runtime.Images;
using Microsoft.Extensions.Logging;
using CriState = KubeSharp.Runtime.ContainerState;

namespace KubeSharp.Kubelet;

public sealed partial class Kubelet
{
    private readonly ConcurrentDictionary<string, Dictionary<string, (string Reason, string Message)>> _reasons = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _terminations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _lastStatus = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _finished = new(StringComparer.Ordinal);
    private ISharedIndexInformer<Pod>? _podInformer;
    private RateLimitingQueue<string>? _queue;
    private KubeRuntimeManager? _runtimeManager;

    /// <summary>The pods bound to this node, from the kubelet's informer (spec.nodeName field selector).</summary>
    internal IIndexer<Pod> Pods => _podInformer!.Indexer;

    internal KubeRuntimeManager RuntimeManager => _runtimeManager!;

    /// <summary>
    /// The pod config source and the pod workers (upstream's config.PodConfig + podWorkers): an informer on the pods
    /// bound to this node feeds a work queue keyed by pod, so each pod is synced by one worker at a time; a relist of
    /// the runtime (upstream's PLEG) enqueues pods whose containers changed state; every pod is resynced each
    /// <see cref="KubeletOptions.SyncFrequency"/>; housekeeping removes what the runtime runs for pods that are gone.
    /// </summary>
    private async Task StartPodsAsync(CancellationToken cancellationToken)
    {
        var nodeName = _options.NodeName;
        _podInformer = _informers.InformerFor(() => new SharedIndexInformer<Pod>(
            _client.Resource<Pod>(),
            TimeSpan.Zero,
            _time,
            _loggerFactory.CreateLogger<SharedIndexInformer<Pod>>(),
            name: "kubelet-pods")
        {
            TweakListOptions = options => options.FieldSelector = "spec.nodeName=" + nodeName,
        });
        _queue = new RateLimitingQueue<string>(_time, "kubelet-pods", DefaultControllerRateLimiter.Create<string>(_time));
        _runtimeManager = new KubeRuntimeManager(Runtime, _options, new ApiObjectSource(_client), Recorder, _time, _loggerFactory.CreateLogger<KubeRuntimeManager>());
        _podInformer.AddEventHandler(new ResourceEventHandlerFuncs<Pod>
        {
            AddFunc = (pod, _) => _queue.Add(Cache.MetaNamespaceKey(pod)),
            UpdateFunc = (_, pod) => _queue.Add(Cache.MetaNamespaceKey(pod)),
            DeleteFunc = obj =>
            {
                if (Cache.DeletedObject<Pod>(obj) is { } pod)
                {
                    _queue.Add(Cache.MetaNamespaceKey(pod));
                }
            },
        });
        _informers.Start();
        await _informers.WaitForCacheSyncAsync(cancellationToken).ConfigureAwait(false);

        var stop = _stop.Token;
        for (var i = 0; i < _options.PodWorkers; i++)
        {
            _loops.Add(Task.Run(() => PodWorkerAsync(stop), CancellationToken.None));
        }

        _loops.Add(Task.Run(() => RelistLoopAsync(stop), CancellationToken.None));
        _loops.Add(Task.Run(() => ResyncLoopAsync(stop), CancellationToken.None));
    }

    private void StopPods() => _queue?.ShutDown();

    private async Task PodWorkerAsync(CancellationToken cancellationToken)
    {
        var queue = _queue!;
        while (true)
        {
            var (key, shutdown) = await queue.GetAsync(CancellationToken.None).ConfigureAwait(false);
            if (shutdown)
            {
                return;
            }

            try
            {
                var requeueAfter = await SyncPodAsync(key, cancellationToken).ConfigureAwait(false);
                queue.Forget(key);
                if (requeueAfter is { } after)
                {
                    queue.AddAfter(key, after);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (error is ApiException or HttpRequestException or RuntimeException or IOException or UnauthorizedAccessException)
            {
                LogSyncFailed(key, error.Message);
                queue.AddRateLimited(key);
            }
            finally
            {
                queue.Done(key);
            }
        }
    }

    /// <summary>
    /// One sync of one pod (upstream's SyncPod / SyncTerminatingPod): a pod being deleted is terminated in the
    /// background; a finished pod only has its sandbox stopped; any other pod has its sandbox and containers brought
    /// in line with its spec, then its status written. Returns when to sync again (a back-off ends).
    /// </summary>
    internal async Task<TimeSpan?> SyncPodAsync(string key, CancellationToken cancellationToken)
    {
        var pod = Pods.GetByKey(key);
        if (pod is null || pod.Spec.NodeName != _options.NodeName || pod.Metadata.Uid is not { } uid)
        {
            return null;
        }

        if (_terminations.ContainsKey(uid))
        {
            return null;
        }

        if (pod.Metadata.DeletionTimestamp is not null)
        {
            StartTermination(pod);
            return null;
        }

        var runtimeStatus = await RuntimePodStatus.ReadAsync(Runtime, uid, cancellationToken).ConfigureAwait(false);
        if (pod.Status.Phase is PodPhase.Succeeded or PodPhase.Failed)
        {
            // Finished for good: never run again; stop what is left once (upstream's terminal pods).
            if (_finished.TryAdd(uid, 0))
            {
                await RuntimeManager.KillPodAsync(pod, runtimeStatus, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
            }

            return null;
        }

        var node = NodeContext();
        var keyring = await KeyringAsync(pod, cancellationToken).ConfigureAwait(false);
        var result = await RuntimeManager.SyncPodAsync(pod, runtimeStatus, node, static _ => [], keyring, cancellationToken).ConfigureAwait(false);
        var reasons = _reasons.GetOrAdd(uid, _ => new Dictionary<string, (string, string)>(StringComparer.Ordinal));
        lock (reasons)
        {
            foreach (var name in result.Started)
            {
                reasons.Remove(name);
            }

            foreach (var (name, reason) in result.Reasons)
            {
                reasons[name] = reason;
            }
        }

        runtimeStatus = await RuntimePodStatus.ReadAsync(Runtime, uid, cancellationToken).ConfigureAwait(false);
        await WritePodStatusAsync(pod, runtimeStatus, terminal: false, cancellationToken).ConfigureAwait(false);
        return result.RequeueAfter;
    }

    private async Task WritePodStatusAsync(Pod pod, RuntimePodStatus runtimeStatus, bool terminal, CancellationToken cancellationToken)
    {
        var uid = pod.Metadata.Uid ?? "";
        Dictionary<string, (string Reason, string Message)> reasons;
        var cached = _reasons.GetOrAdd(uid, _ => new Dictionary<string, (string, string)>(StringComparer.Ordinal));
        lock (cached)
        {
            reasons = new Dictionary<string, (string, string)>(cached, StringComparer.Ordinal);
        }

        var status = PodStatusGenerator.Generate(pod, runtimeStatus, reasons, _nodeIP, terminal, _time.GetUtcNow());
        var json = KubeJson.Serialize(status);
        if (json == KubeJson.Serialize(pod.Status) || (_lastStatus.TryGetValue(uid, out var last) && last == json))
        {
            return;
        }

        await _client.Resource<Pod>().Namespace(pod.Metadata.Namespace ?? "default")
            .PatchAsync(pod.Metadata.Name ?? "", PatchType.Merge, "{\"status\":" + json + "}", subresource: "status", cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        _lastStatus[uid] = json;
    }

    /// <summary>
    /// Graceful termination of a pod being deleted, off the worker so a long grace period holds no worker: stop its
    /// containers (SIGTERM, the grace period, SIGKILL), stop the sandbox, write the final status, delete the pod with
    /// grace period 0 (upstream's status manager does that once the pod's resources are gone), remove it from the
    /// runtime and its directories.
    /// </summary>
    private void StartTermination(Pod pod)
    {
        var uid = pod.Metadata.Uid!;
        var key = Cache.MetaNamespaceKey(pod);
        var token = _stop.Token;
        _terminations.GetOrAdd(uid, id => Task.Run(
            async () =>
            {
                try
                {
                    await TerminateAsync(pod, token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                }
                catch (Exception error) when (error is ApiException or HttpRequestException or RuntimeException or IOException)
                {
                    LogSyncFailed(key, error.Message);
                }
                finally
                {
                    _terminations.TryRemove(uid, out _);
                    if (!token.IsCancellationRequested)
                    {
                        _queue?.Add(key);
                    }
                }
            },
            CancellationToken.None));
    }

    private async Task TerminateAsync(Pod pod, CancellationToken cancellationToken)
    {
        var uid = pod.Metadata.Uid!;
        var runtimeStatus = await RuntimePodStatus.ReadAsync(Runtime, uid, cancellationToken).ConfigureAwait(false);
        await RuntimeManager.KillPodAsync(pod, runtimeStatus, KubeRuntimeManager.GracePeriod(pod), cancellationToken).ConfigureAwait(false);
        runtimeStatus = await RuntimePodStatus.ReadAsync(Runtime, uid, cancellationToken).ConfigureAwait(false);
        var pods = _client.Resource<Pod>().Namespace(pod.Metadata.Namespace ?? "default");
        try
        {
            if (pod.Status.Phase is not (PodPhase.Succeeded or PodPhase.Failed))
            {
                await WritePodStatusAsync(pod, runtimeStatus, terminal: true, cancellationToken).ConfigureAwait(false);
            }

            await pods.DeleteAsync(
                pod.Metadata.Name ?? "",
                new DeleteOptions { GracePeriodSeconds = 0, Preconditions = new Preconditions { Uid = uid } },
                cancellationToken).ConfigureAwait(false);
            LogPodDeleted(pod.Metadata.Namespace ?? "", pod.Metadata.Name ?? "");
        }
        catch (ApiException error) when (ApiErrors.IsNotFound(error) || ApiErrors.IsConflict(error))
        {
            // Already gone (or replaced by a new pod of the same name): nothing left to report.
        }

        await RemovePodAsync(uid, runtimeStatus, Kuberuntime.PodSandboxConfigBuilder.PodLogsDirectory(_options, pod), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes a pod's sandboxes (and with them its containers), its directory and its logs, and forgets its state.</summary>
    private async Task RemovePodAsync(string uid, RuntimePodStatus runtimeStatus, string? logDirectory, CancellationToken cancellationToken)
    {
        foreach (var sandbox in runtimeStatus.Sandboxes)
        {
            await Runtime.RemovePodSandboxAsync(sandbox.Id, cancellationToken).ConfigureAwait(false);
        }

        foreach (var container in runtimeStatus.Containers)
        {
            await Runtime.RemoveContainerAsync(container.Id, cancellationToken).ConfigureAwait(false);
        }

        TryDeleteDirectory(Path.Combine(_options.RootDirectory, "pods", uid));
        if (logDirectory is not null)
        {
            TryDeleteDirectory(logDirectory);
        }

        _reasons.TryRemove(uid, out _);
        _lastStatus.TryRemove(uid, out _);
        _finished.TryRemove(uid, out _);
        RuntimeManager.CrashBackOff.ForgetContaining(uid);
        RuntimeManager.Images.BackOff.ForgetContaining(uid);
    }

    /// <summary>
    /// upstream's PLEG relist: every <see cref="KubeletOptions.RelistPeriod"/>, list the runtime's containers and
    /// enqueue the pods whose containers appeared, disappeared or changed state; then housekeeping.
    /// </summary>
    private async Task RelistLoopAsync(CancellationToken cancellationToken)
    {
        var previous = new Dictionary<string, (CriState State, string Pod)>(StringComparer.Ordinal);
        using var timer = new PeriodicTimer(_options.RelistPeriod, _time);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                var containers = await Runtime.ListContainersAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                var current = new Dictionary<string, (CriState, string)>(StringComparer.Ordinal);
                foreach (var container in containers)
                {
                    if (container.Labels.TryGetValue(KubeletLabels.PodNamespace, out var ns) && container.Labels.TryGetValue(KubeletLabels.PodName, out var name))
                    {
                        var key = ns + "/" + name;
                        current[container.Id] = (container.State, key);
                        if (!previous.TryGetValue(container.Id, out var before) || before.State != container.State)
                        {
                            _queue!.Add(key);
                        }
                    }
                }

                foreach (var (id, (_, key)) in previous)
                {
                    if (!current.ContainsKey(id))
                    {
                        _queue!.Add(key);
                    }
                }

                previous = current;
                await HousekeepingAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is RuntimeException or IOException or ApiException or HttpRequestException)
            {
                LogRelistFailed(error.Message);
            }
        }
    }

    /// <summary>
    /// upstream's HandlePodCleanups: sandboxes of pods the API no longer has (force-deleted, or deleted while the kubelet
    /// was down) are stopped and removed.
    /// </summary>
    private async Task HousekeepingAsync(CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(Pods.List().Select(p => p.Metadata.Uid ?? ""), StringComparer.Ordinal);
        var sandboxes = await Runtime.ListPodSandboxAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var uid in sandboxes.Select(s => s.Labels.GetValueOrDefault(KubeletLabels.PodUid)).Distinct())
        {
            if (uid is null || known.Contains(uid) || _terminations.ContainsKey(uid))
            {
                continue;
            }

            var runtimeStatus = await RuntimePodStatus.ReadAsync(Runtime, uid, cancellationToken).ConfigureAwait(false);
            foreach (var container in runtimeStatus.Containers.Where(c => c.State == CriState.Running))
            {
                var grace = container.Annotations.TryGetValue(KubeletLabels.PodTerminationGracePeriod, out var text) && long.TryParse(text, out var seconds)
                    ? TimeSpan.FromSeconds(seconds)
                    : KubeRuntimeManager.MinimumGracePeriod;
                await Runtime.StopContainerAsync(container.Id, grace, cancellationToken).ConfigureAwait(false);
            }

            var meta = runtimeStatus.Sandboxes.Count > 0 ? runtimeStatus.Sandboxes[0].Metadata : null;
            LogOrphanRemoved(meta?.Namespace ?? "", meta?.Name ?? "", uid);
            string? logs = meta is null ? null : Path.Combine(_options.PodLogsDirectory, $"{meta.Namespace}_{meta.Name}_{uid}");
            await RemovePodAsync(uid, runtimeStatus, logs, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ResyncLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.SyncFrequency, _time);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var pod in Pods.List())
            {
                _queue!.Add(Cache.MetaNamespaceKey(pod));
            }
        }
    }

    /// <summary>The pod's image pull secrets as a keyring (upstream's credential provider for imagePullSecrets).</summary>
    private async Task<DockerKeyring> KeyringAsync(Pod pod, CancellationToken cancellationToken)
    {
        var keyring = new DockerKeyring();
        var objects = new ApiObjectSource(_client);
        foreach (var reference in pod.Spec.ImagePullSecrets ?? [])
        {
            if (reference.Name is not { Length: > 0 } name
                || await objects.GetSecretAsync(pod.Metadata.Namespace ?? "default", name, cancellationToken).ConfigureAwait(false) is not { Data: { } data })
            {
                continue;
            }

            if (data.TryGetValue(".dockerconfigjson", out var json))
            {
                keyring.AddDockerConfigJson(json);
            }
            else if (data.TryGetValue(".dockercfg", out var cfg))
            {
                keyring.AddDockercfg(cfg);
            }
        }

        return keyring;
    }

    private NodeContext NodeContext()
    {
        var machine = _machine!;
        return new NodeContext
        {
            HostIP = _nodeIP,
            Allocatable = NodeStatusBuilder.Allocatable(_options, NodeStatusBuilder.Capacity(_options, machine)),
            MemoryCapacityBytes = machine.MemoryCapacityBytes,
        };
    }

    private static void TryDeleteDirectory(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Best effort: a mount still busy is retried by the next housekeeping of a future pod with this UID (never).
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed to sync pod {Pod}: {Error}")]
    private partial void LogSyncFailed(string pod, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Relisting the runtime failed: {Error}")]
    private partial void LogRelistFailed(string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pod {Namespace}/{Name} terminated and deleted")]
    private partial void LogPodDeleted(string @namespace, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed orphaned pod {Namespace}/{Name} ({Uid}) from the runtime")]
    private partial void LogOrphanRemoved(string @namespace, string name, string uid);
}
