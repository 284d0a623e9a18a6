using System.Diagnostics;
using KubeSharp.Api;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Bench.Storage;
using KubeSharp.Scheduler;
using KubeSharp.Scheduler.Framework;
using KubeSharp.Scheduler.Framework.Plugins;
using KubeSharp.Scheduler.Framework.Runtime;

namespace KubeSharp.Bench.Scheduler;

/// <summary>
/// Scheduling throughput in the shape of upstream's scheduler_perf SchedulingBasic: N nodes, then M pods
/// created as fast as possible; reports pods scheduled per second over the run and the p99 latency from
/// pod creation to binding. The scheduler runs its real loop (queue, cache, snapshot, default profile,
/// asynchronous binding); the API is an in-process fake whose bind feeds the bound pod back as the pod
/// informer would, so the figures measure the scheduler, not the API server. The reference is the same
/// workload through a profile with only PrioritySort, NodeName and DefaultBinder: the framework's floor.
/// </summary>
internal sealed class SchedulerBenchmark : IBenchmark
{
    public string Name => "scheduler";

    public string Description => "scheduler_perf SchedulingBasic: 5,000 nodes/10,000 pods and 1,000 nodes/30,000 pods";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        (int Nodes, int Pods)[] workloads = [(5000, 10000), (1000, 30000)];
        await output.WriteLineAsync("| workload | profile | pods/s | p50 create→bind (ms) | p99 create→bind (ms) | ratio to floor |");
        await output.WriteLineAsync("| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var (nodes, pods) in workloads)
        {
            // Warm the JIT on a small run first so tiering does not dominate the first figures.
            Run(200, 400, reference: false, cancellationToken);
            var floor = Run(nodes, pods, reference: true, cancellationToken);
            var result = Run(nodes, pods, reference: false, cancellationToken);
            await output.WriteLineAsync($"| {nodes} nodes, {pods} pods | default | {result.PodsPerSecond:F0} | {result.P50:F1} | {result.P99:F1} | {result.PodsPerSecond / floor.PodsPerSecond:F2} |");
            await output.WriteLineAsync($"| {nodes} nodes, {pods} pods | floor (NodeName only) | {floor.PodsPerSecond:F0} | {floor.P50:F1} | {floor.P99:F1} | 1.00 |");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync("Upstream's published threshold for SchedulingBasic at 5,000 nodes is 680–810 pods/s (scheduler_perf, far larger machines).");
    }

    private static (double PodsPerSecond, double P50, double P99) Run(int nodeCount, int podCount, bool reference, CancellationToken cancellationToken)
    {
        var client = new BenchClient(podCount);
        IReadOnlyList<SchedulerProfile>? profiles = reference
            ?
            [
                new SchedulerProfile(SchedulerOptions.DefaultSchedulerName,
                [
                    new PluginConfig(PluginNames.PrioritySort, _ => new KubeSharp.Scheduler.Framework.Plugins.QueueSort.PrioritySort()),
                    new PluginConfig(PluginNames.NodeName, _ => new KubeSharp.Scheduler.Framework.Plugins.NodeName.NodeName()),
                    new PluginConfig(PluginNames.DefaultBinder, h => new KubeSharp.Scheduler.Framework.Plugins.DefaultBinder.DefaultBinder(h)),
                ]),
            ]
            : null;
        using var scheduler = new KubeSharp.Scheduler.Scheduler(client, TimeProvider.System, profiles: profiles);
        client.Scheduler = scheduler;
        for (var i = 0; i < nodeCount; i++)
        {
            scheduler.OnNodeAdd(MakeNode(i));
        }

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var loop = scheduler.Run(cancel.Token);
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < podCount; i++)
        {
            var pod = MakePod(i);
            client.Created[i] = Stopwatch.GetTimestamp();
            scheduler.OnPodAdd(pod);
        }

        client.AllBound.Wait(cancellationToken);
        var elapsed = stopwatch.Elapsed;
        cancel.Cancel();
        scheduler.Queue.Close();
        loop.Wait(CancellationToken.None);

        var latencies = new List<double>(podCount);
        for (var i = 0; i < podCount; i++)
        {
            latencies.Add((client.Bound[i] - client.Created[i]) * 1000.0 / Stopwatch.Frequency);
        }

        return (podCount / elapsed.TotalSeconds, Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99));
    }

    /// <summary>Upstream's scheduler_perf node template: 4 CPUs, 32 GiB, 110 pods.</summary>
    private static Node MakeNode(int i) => new()
    {
        ApiVersion = "v1",
        Kind = "Node",
        Metadata = new ObjectMeta
        {
            Name = $"node-{i}",
            Uid = $"node-uid-{i}",
            Labels = new Dictionary<string, string>
            {
                ["kubernetes.io/hostname"] = $"node-{i}",
                ["topology.kubernetes.io/zone"] = $"zone-{i % 3}",
            },
        },
        Status = new NodeStatus
        {
            Allocatable = new Dictionary<string, Quantity>
            {
                ["cpu"] = Quantity.Parse("4"),
                ["memory"] = Quantity.Parse("32Gi"),
                ["pods"] = Quantity.Parse("110"),
            },
        },
    };

    /// <summary>Upstream's scheduler_perf pod template: one container requesting 100m CPU and 500Mi.</summary>
    private static Pod MakePod(int i) => new()
    {
        ApiVersion = "v1",
        Kind = "Pod",
        Metadata = new ObjectMeta { Name = $"pod-{i}", Namespace = "sched-0", Uid = i.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        Spec = new PodSpec
        {
            SchedulerName = SchedulerOptions.DefaultSchedulerName,
            Containers =
            [
                new Container
                {
                    Name = "pause",
                    Image = "registry.k8s.io/pause:3.10",
                    Resources = new ResourceRequirements
                    {
                        Requests = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("100m"), ["memory"] = Quantity.Parse("500Mi") },
                    },
                },
            ],
        },
    };

    /// <summary>Binds instantly and, like the pod informer, delivers the bound pod back to the scheduler.</summary>
    private sealed class BenchClient(int podCount) : ISchedulerClient
    {
        private int _remaining = podCount;

        public KubeSharp.Scheduler.Scheduler Scheduler { get; set; } = null!;

        public long[] Created { get; } = new long[podCount];

        public long[] Bound { get; } = new long[podCount];

        public ManualResetEventSlim AllBound { get; } = new();

        public Task BindAsync(Pod pod, string nodeName, CancellationToken cancellationToken)
        {
            var index = int.Parse(pod.Metadata.Uid!, System.Globalization.CultureInfo.InvariantCulture);
            Bound[index] = Stopwatch.GetTimestamp();
            Scheduler.OnPodUpdate(Unassigned(pod), pod);
            if (Interlocked.Decrement(ref _remaining) == 0)
            {
                AllBound.Set();
            }

            return Task.CompletedTask;
        }

        public Task UpdatePodStatusAsync(Pod pod, PodCondition? condition, NominatingInfo? nominatingInfo, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task DeletePodAsync(Pod pod, CancellationToken cancellationToken) => Task.CompletedTask;

        public void Event(Pod pod, string type, string reason, string action, string message)
        {
        }

        private static Pod Unassigned(Pod pod) => new() { Metadata = pod.Metadata, Spec = new PodSpec { SchedulerName = pod.Spec.SchedulerName } };
    }
}
