using KubeSharp.Api.Core.V1;
using KubeSharp.Scheduler.Cache;
using KubeSharp.Scheduler.Framework;
using KubeSharp.Scheduler.Framework.Plugins;
using KubeSharp.Scheduler.Framework.Runtime;
using KubeSharp.Scheduler.Queue;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Scheduler;

/// <summary>
/// kube-scheduler (upstream's pkg/scheduler.Scheduler): pops pods from the scheduling queue one at a time,
/// runs the profile's framework over a snapshot of the cache, assumes the pod onto the chosen node and binds
/// it asynchronously, so the next pod is scheduled while the API call is in flight.
/// </summary>
/// <remarks>
/// Informer wiring calls the On* event handlers; <see cref="Run"/> drives the loop on a dedicated thread.
/// </remarks>
public sealed partial class Scheduler : IDisposable
{
    private readonly SchedulerOptions _options;
    private readonly ILogger _logger;
    private readonly Dictionary<string, SchedulingFramework> _profiles = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly object _bindingsLock = new();
    private int _bindingsInFlight;
    private int _nextStartNodeIndex;
    private NodeScore[] _totals = [];
    private NodeScore[] _scratch = [];
    private NodeInfo[] _feasible = [];
    private Status?[] _statuses = [];

    public Scheduler(
        ISchedulerClient client,
        TimeProvider time,
        SchedulerOptions? options = null,
        IReadOnlyList<SchedulerProfile>? profiles = null,
        Func<string, IReadOnlyDictionary<string, string>?>? namespaceLabels = null,
        ILogger<Scheduler>? logger = null,
        Random? random = null)
    {
        _options = options ?? new SchedulerOptions();
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _time = time;
        _random = random ?? new Random();
        Client = client;
        Cache = new SchedulerCache();
        Snapshot = new Snapshot();

        // The queue needs the profiles' QueueSort and PreEnqueue plugins, and the profiles need the queue's
        // nominator: the nominator is created first and handed to both.
        var nominator = new Nominator();
        var services = new FrameworkServices(Snapshot, nominator, client, time, namespaceLabels);
        profiles ??= [InTreeRegistry.DefaultProfile(SchedulerOptions.DefaultSchedulerName)];
        var hints = new Dictionary<string, IReadOnlyList<ClusterEventWithHint>>(StringComparer.Ordinal);
        foreach (var profile in profiles)
        {
            var framework = new SchedulingFramework(profile, services);
            _profiles.Add(profile.SchedulerName, framework);
            foreach (var (plugin, events) in framework.EventsToRegister)
            {
                hints[plugin] = events;
            }
        }

        var first = _profiles.Values.First();
        Queue = new SchedulingQueue(
            first.QueueSort.Less,
            time,
            _options.Queue,
            name => _profiles.TryGetValue(name, out var f) ? f.PreEnqueuePlugins : [],
            hints,
            nominator);
    }

    public SchedulerCache Cache { get; }

    public SchedulingQueue Queue { get; }

    public Snapshot Snapshot { get; }

    public ISchedulerClient Client { get; }

    public IReadOnlyDictionary<string, SchedulingFramework> Profiles => _profiles;

    /// <summary>Upstream's numFeasibleNodesToFind: how many feasible nodes to look for before scoring.</summary>
    public static int NumFeasibleNodesToFind(int percentageOfNodesToScore, int numAllNodes)
    {
        const int MinFeasibleNodesToFind = 100;
        const int MinFeasibleNodesPercentageToFind = 5;
        if (numAllNodes < MinFeasibleNodesToFind)
        {
            return numAllNodes;
        }

        var adaptivePercentage = percentageOfNodesToScore;
        if (adaptivePercentage <= 0)
        {
            adaptivePercentage = 50 - (numAllNodes / 125);
            if (adaptivePercentage < MinFeasibleNodesPercentageToFind)
            {
                adaptivePercentage = MinFeasibleNodesPercentageToFind;
            }
        }

        var numNodes = (int)((long)numAllNodes * adaptivePercentage / 100);
        return numNodes < MinFeasibleNodesToFind ? MinFeasibleNodesToFind : numNodes;
    }

    /// <summary>Runs the scheduling loop on a dedicated thread until cancelled.</summary>
    public Task Run(CancellationToken cancellationToken)
    {
        Queue.Run();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                while (!cancellationToken.IsCancellationRequested)
                {
                    if (!ScheduleOne(cancellationToken))
                    {
                        break;
                    }
                }

                done.TrySetResult();
            }
            catch (Exception e)
            {
                done.TrySetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "scheduler",
        };
        thread.Start();
        return done.Task;
    }

    /// <summary>Waits until every binding started so far has finished (tests and benchmarks).</summary>
    public void WaitForBindings()
    {
        lock (_bindingsLock)
        {
            while (_bindingsInFlight > 0)
            {
                Monitor.Wait(_bindingsLock);
            }
        }
    }

    public void Dispose() => Queue.Close();

    private SchedulingFramework? FrameworkForPod(Pod pod) =>
        _profiles.GetValueOrDefault(pod.Spec.SchedulerName ?? SchedulerOptions.DefaultSchedulerName);

    private bool ResponsibleForPod(Pod pod) => _profiles.ContainsKey(pod.Spec.SchedulerName ?? SchedulerOptions.DefaultSchedulerName);
}
