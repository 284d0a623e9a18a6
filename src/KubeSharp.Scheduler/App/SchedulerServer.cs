using KubeSharp.Api.Core.V1;
using KubeSharp.Client;
using KubeSharp.Client.Events;
using KubeSharp.Client.Informers;
using KubeSharp.Client.LeaderElection;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Scheduler.App;

/// <summary>
/// Runs the scheduler against an API server (upstream's cmd/kube-scheduler/app): pod, node and namespace
/// informers feed the scheduler's handlers; events go through an event broadcaster; with a resource lock,
/// the loop runs only while this instance leads, so several schedulers may run and one schedules.
/// </summary>
public sealed partial class SchedulerServer : IAsyncDisposable
{
    private readonly Kubernetes _client;
    private readonly ILoggerFactory _loggerFactory;
    private readonly TimeProvider _time;
    private readonly SchedulerOptions _options;
    private readonly IResourceLock? _leaderLock;
    private readonly ILogger<SchedulerServer> _logger;
    private SharedInformerFactory? _factory;
    private EventBroadcaster? _broadcaster;
    private Scheduler? _scheduler;

    public SchedulerServer(Kubernetes client, ILoggerFactory loggerFactory, TimeProvider time, SchedulerOptions? options = null, IResourceLock? leaderLock = null)
    {
        _client = client;
        _loggerFactory = loggerFactory;
        _time = time;
        _options = options ?? new SchedulerOptions();
        _leaderLock = leaderLock;
        _logger = loggerFactory.CreateLogger<SchedulerServer>();
    }

    /// <summary>The running scheduler, once started.</summary>
    public Scheduler? Scheduler => _scheduler;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        _factory = new SharedInformerFactory(_client, TimeSpan.Zero);
        var pods = _factory.InformerFor<Pod>();
        var nodes = _factory.InformerFor<Node>();
        var namespaces = _factory.InformerFor<Namespace>();
        _broadcaster = new EventBroadcaster(_time, _loggerFactory);
        _broadcaster.StartRecordingToSink(new EventSink(_client));
        var recorder = _broadcaster.NewRecorder(SchedulerOptions.DefaultSchedulerName);
        var scheduler = new Scheduler(
            new KubeSchedulerClient(_client, recorder),
            _time,
            _options,
            namespaceLabels: ns => namespaces.Indexer.GetByKey(ns)?.Metadata.Labels,
            logger: _loggerFactory.CreateLogger<Scheduler>())
        {
            PodLister = pod => pods.Indexer.GetByKey($"{pod.Metadata.Namespace}/{pod.Metadata.Name}"),
        };
        _scheduler = scheduler;
        pods.AddEventHandler(new ResourceEventHandlerFuncs<Pod>
        {
            AddFunc = (pod, _) => scheduler.OnPodAdd(pod),
            UpdateFunc = scheduler.OnPodUpdate,
            DeleteFunc = obj =>
            {
                if (Unwrap<Pod>(obj) is { } pod)
                {
                    scheduler.OnPodDelete(pod);
                }
            },
        });
        nodes.AddEventHandler(new ResourceEventHandlerFuncs<Node>
        {
            AddFunc = (node, _) => scheduler.OnNodeAdd(node),
            UpdateFunc = scheduler.OnNodeUpdate,
            DeleteFunc = obj =>
            {
                if (Unwrap<Node>(obj) is { } node)
                {
                    scheduler.OnNodeDelete(node);
                }
            },
        });
        _factory.Start();
        await _factory.WaitForCacheSyncAsync(cancellationToken).ConfigureAwait(false);
        LogSynced();

        if (_leaderLock is null)
        {
            await scheduler.Run(cancellationToken).ConfigureAwait(false);
            return;
        }

        var elector = new LeaderElector(
            new LeaderElectionConfig
            {
                Lock = _leaderLock,
                Name = "kube-scheduler",
                Callbacks = new LeaderCallbacks
                {
                    OnStartedLeading = token => scheduler.Run(token),
                    OnStoppedLeading = LogStoppedLeading,
                },
            },
            _time,
            _logger);
        await elector.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _scheduler?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync().ConfigureAwait(false);
        }

        if (_broadcaster is not null)
        {
            await _broadcaster.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static T? Unwrap<T>(object obj)
        where T : Api.KubeObject => obj switch
        {
            T typed => typed,
            DeletedFinalStateUnknown<T> tombstone => tombstone.Obj,
            _ => null,
        };

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler caches synced")]
    private partial void LogSynced();

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler lost its leader lease; the loop stopped")]
    private partial void LogStoppedLeading();
}
