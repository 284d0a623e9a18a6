using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Scheme;
using KubeSharp.Client;
using KubeSharp.Client.Informers;
using KubeSharp.Client.WorkQueue;
using Microsoft.Extensions.Logging;
using V1ReplicaSet = KubeSharp.Api.Apps.V1.ReplicaSet;

namespace KubeSharp.Controllers.ReplicaSet;

/// <summary>
/// Upstream's <c>pkg/controller/replicaset</c>: keeps the number of active pods a ReplicaSet selects equal to its
/// replicas. Pod and ReplicaSet informers feed a rate-limited work queue of ReplicaSet keys; the sync handler
/// claims pods, creates or deletes the difference (guarded by expectations so it never acts twice on a stale
/// cache) and writes status.
/// </summary>
public sealed partial class ReplicaSetController
{
    /// <summary>At most this many pods are created or deleted per sync (upstream's BurstReplicas).</summary>
    public const int BurstReplicas = 500;

    /// <summary>Status updates are retried this many times after a conflict, re-reading first (upstream's statusUpdateRetries).</summary>
    internal const int StatusUpdateRetries = 1;

    private static readonly GroupVersionKind ControllerKind = new("apps", "v1", "ReplicaSet");

    private readonly Kubernetes _client;
    private readonly IIndexer<V1ReplicaSet> _rsIndexer;
    private readonly IIndexer<Pod> _podIndexer;
    private readonly IPodControl _podControl;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly int _burstReplicas;
    private readonly ISharedIndexInformer<V1ReplicaSet> _rsInformer;
    private readonly ISharedIndexInformer<Pod> _podInformer;

    public ReplicaSetController(
        Kubernetes client,
        ISharedIndexInformer<V1ReplicaSet> rsInformer,
        ISharedIndexInformer<Pod> podInformer,
        IPodControl podControl,
        TimeProvider time,
        ILoggerFactory loggerFactory,
        int burstReplicas = BurstReplicas)
    {
        _client = client;
        _rsInformer = rsInformer;
        _podInformer = podInformer;
        _rsIndexer = rsInformer.Indexer;
        _podIndexer = podInformer.Indexer;
        _podControl = podControl;
        _time = time;
        _logger = loggerFactory.CreateLogger<ReplicaSetController>();
        _burstReplicas = burstReplicas;
        Expectations = new UidTrackingControllerExpectations(new ControllerExpectations(time, _logger));
        Queue = new RateLimitingQueue<string>(time, "replicaset", DefaultControllerRateLimiter.Create<string>(time));

        rsInformer.AddEventHandler(new ResourceEventHandlerFuncs<V1ReplicaSet>
        {
            AddFunc = (rs, _) => EnqueueRs(rs),
            UpdateFunc = UpdateRs,
            DeleteFunc = DeleteRs,
        });
        podInformer.AddEventHandler(new ResourceEventHandlerFuncs<Pod>
        {
            AddFunc = (pod, _) => AddPod(pod),
            UpdateFunc = UpdatePod,
            DeleteFunc = DeletePod,
        });
    }

    public IRateLimitingQueue<string> Queue { get; }

    public UidTrackingControllerExpectations Expectations { get; }

    /// <summary>Waits for the caches, then runs <paramref name="workers"/> workers until cancelled.</summary>
    public async Task RunAsync(int workers, CancellationToken cancellationToken)
    {
        LogStarting();
        using var registration = cancellationToken.Register(Queue.ShutDown);
        if (!await CacheSync.WaitForCacheSyncAsync(_time, cancellationToken, () => _rsInformer.HasSynced, () => _podInformer.HasSynced).ConfigureAwait(false))
        {
            return;
        }

        await ControllerWorker.RunWorkersAsync(Queue, workers, SyncReplicaSetAsync, _logger, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Starting replicaset controller")]
    private partial void LogStarting();
}
