using KubeSharp.Api.Core.V1;
using KubeSharp.Client;
using KubeSharp.Client.Informers;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Kubelet.Simulated;

/// <summary>
/// kwok-style simulated nodes (what <c>kubesharp server --simulated-nodes N</c> runs, and a library for tests):
/// registers <see cref="SimulatedNodeOptions.Count"/> Ready nodes, keeps their leases and status fresh, and plays
/// the kubelet for the pods bound to them. Every node has its own <see cref="SimulatedRuntime"/> behind the CRI seam;
/// the nodes share one node informer, one pod informer and one work queue, so thousands of nodes cost a few watches
/// and a steady trickle of writes.
/// </summary>
public sealed partial class SimulatedNodes : IAsyncDisposable
{
    private readonly Kubernetes _client;
    private readonly SharedInformerFactory _informers;
    private readonly SimulatedNodeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly List<SimulatedNode> _nodes = [];
    private readonly Dictionary<string, SimulatedNode> _byName = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _loops = [];
    private PodController? _pods;

    /// <param name="informers">The process's shared informer factory; the nodes use (and start) its Node and Pod informers.</param>
    public SimulatedNodes(Kubernetes client, SharedInformerFactory informers, SimulatedNodeOptions options, TimeProvider time, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(informers);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        options.Validate();
        _client = client;
        _informers = informers;
        _options = options;
        _time = time;
        _logger = loggerFactory.CreateLogger<SimulatedNodes>();
        LoggerFactory = loggerFactory;

        var podCidrs = Ipv4Cidr.Parse(options.PodCidrRange);
        var nodeIPs = Ipv4Cidr.Parse(options.NodeIPRange);
        for (var i = 0; i < options.Count; i++)
        {
            var node = new SimulatedNode(i, options.NamePrefix + i, podCidrs.Subnet(options.PodCidrPrefixLength, i), nodeIPs.Address(i + 1).ToString(), new SimulatedRuntime(time));
            _nodes.Add(node);
            _byName[node.Name] = node;
        }
    }

    private ILoggerFactory LoggerFactory { get; }

    public IReadOnlyList<SimulatedNode> Nodes => _nodes;

    /// <summary>How many pods have a sandbox on the simulated nodes.</summary>
    public int RunningPods => _pods?.RunningPods ?? 0;

    /// <summary>
    /// Registers every node (bounded concurrency) and its lease, then starts the heartbeat loops and the pod
    /// controller. Returns once every node is registered and the informers have synced.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var nodeInformer = _informers.InformerFor<Node>();
        var podInformer = _informers.InformerFor<Pod>();
        PodController.AddIndexers(podInformer);
        _informers.Start();

        var nodeController = new NodeController(_client, nodeInformer.Indexer, _options, _time, LoggerFactory.CreateLogger<NodeController>());
        var leaseController = new NodeLeaseController(_client, _options, _time, LoggerFactory.CreateLogger<NodeLeaseController>());
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentWrites, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(_nodes, parallel, async (node, token) =>
        {
            await nodeController.RegisterAsync(node, token).ConfigureAwait(false);
            await leaseController.RenewAsync(node, token).ConfigureAwait(false);
        }).ConfigureAwait(false);

        await _informers.WaitForCacheSyncAsync(cancellationToken).ConfigureAwait(false);
        _pods = new PodController(_client, podInformer, _byName, _options, _time, LoggerFactory.CreateLogger<PodController>());
        var stop = _stop.Token;
        _loops.Add(Task.Run(() => leaseController.RunAsync(_nodes, stop), CancellationToken.None));
        _loops.Add(Task.Run(() => nodeController.RunAsync(_nodes, stop), CancellationToken.None));
        _loops.Add(Task.Run(() => _pods.RunAsync(stop), CancellationToken.None));
        LogStarted(_nodes.Count);
    }

    /// <summary>Stops the loops; the nodes stay registered and go NotReady once their leases expire, as a stopped kubelet's.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_loops).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        foreach (var node in _nodes)
        {
            node.Runtime.Dispose();
        }

        _stop.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Started {Count} simulated nodes")]
    private partial void LogStarted(int count);
}
