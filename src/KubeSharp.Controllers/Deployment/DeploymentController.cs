using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Scheme;
using KubeSharp.Client;
using KubeSharp.Client.Events;
using KubeSharp.Client.Informers;
using KubeSharp.Client.WorkQueue;
using Microsoft.Extensions.Logging;
using V1Deployment = KubeSharp.Api.Apps.V1.Deployment;
using V1ReplicaSet = KubeSharp.Api.Apps.V1.ReplicaSet;

namespace KubeSharp.Controllers.Deployment;

/// <summary>
/// Upstream's <c>pkg/controller/deployment</c>: rolls a Deployment's pod template out through ReplicaSets. The
/// sync handler finds or creates the ReplicaSet of the current template (named after its pod-template-hash),
/// scales it up and the old ones down within maxSurge and maxUnavailable (or all old ones first for Recreate),
/// keeps revision annotations for <c>kubectl rollout history</c>, prunes old ReplicaSets beyond
/// revisionHistoryLimit, and reports replicas and the Progressing and Available conditions in status.
/// </summary>
public sealed partial class DeploymentController
{
    /// <summary>Revision history annotations stop growing past this many characters (upstream's maxRevHistoryLengthInChars).</summary>
    internal const int MaxRevHistoryLengthInChars = 2000;

    private static readonly GroupVersionKind ControllerKind = new("apps", "v1", "Deployment");

    private readonly Kubernetes _client;
    private readonly ISharedIndexInformer<V1Deployment> _dInformer;
    private readonly ISharedIndexInformer<V1ReplicaSet> _rsInformer;
    private readonly ISharedIndexInformer<Pod> _podInformer;
    private readonly IEventRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public DeploymentController(
        Kubernetes client,
        ISharedIndexInformer<V1Deployment> dInformer,
        ISharedIndexInformer<V1ReplicaSet> rsInformer,
        ISharedIndexInformer<Pod> podInformer,
        IEventRecorder recorder,
        TimeProvider time,
        ILoggerFactory loggerFactory)
    {
        _client = client;
        _dInformer = dInformer;
        _rsInformer = rsInformer;
        _podInformer = podInformer;
        _recorder = recorder;
        _time = time;
        _logger = loggerFactory.CreateLogger<DeploymentController>();
        Queue = new RateLimitingQueue<string>(time, "deployment", DefaultControllerRateLimiter.Create<string>(time));

        dInformer.AddEventHandler(new ResourceEventHandlerFuncs<V1Deployment>
        {
            AddFunc = (d, _) => EnqueueDeployment(d),
            UpdateFunc = (_, d) => EnqueueDeployment(d),
            DeleteFunc = obj =>
            {
                if (Cache.DeletedObject<V1Deployment>(obj) is { } d)
                {
                    EnqueueDeployment(d);
                }
            },
        });
        rsInformer.AddEventHandler(new ResourceEventHandlerFuncs<V1ReplicaSet>
        {
            AddFunc = (rs, _) => AddReplicaSet(rs),
            UpdateFunc = UpdateReplicaSet,
            DeleteFunc = DeleteReplicaSet,
        });
        podInformer.AddEventHandler(new ResourceEventHandlerFuncs<Pod> { DeleteFunc = DeletePod });
    }

    public IRateLimitingQueue<string> Queue { get; }

    public async Task RunAsync(int workers, CancellationToken cancellationToken)
    {
        LogStarting();
        using var registration = cancellationToken.Register(Queue.ShutDown);
        if (!await CacheSync.WaitForCacheSyncAsync(_time, cancellationToken, () => _dInformer.HasSynced, () => _rsInformer.HasSynced, () => _podInformer.HasSynced).ConfigureAwait(false))
        {
            return;
        }

        await ControllerWorker.RunWorkersAsync(Queue, workers, SyncDeploymentAsync, _logger, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Starting deployment controller")]
    private partial void LogStarting();
}
