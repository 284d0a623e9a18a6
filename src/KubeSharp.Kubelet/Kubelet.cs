using KubeSharp.Client;
using KubeSharp.Client.Events;
using KubeSharp.Client.Informers;
using KubeSharp.Kubelet.Nodelease;
using KubeSharp.Kubelet.Nodestatus;
using KubeSharp.Runtime;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Kubelet;

/// <summary>
/// The real kubelet for one node: registers the Node and keeps its status and Lease fresh, and runs the pods bound to
/// it as real containers through the CRI-shaped runtime (pod workers → the kuberuntime manager → the runtime), writing
/// their status through the status manager. The shape follows upstream's pkg/kubelet: Kubelet.Run starts the node
/// status loop, the lease controller, the PLEG-like relist and the pod workers fed by the pod config source.
/// </summary>
public sealed partial class Kubelet : IAsyncDisposable
{
    private readonly Kubernetes _client;
    private readonly SharedInformerFactory _informers;
    private readonly KubeletOptions _options;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _loops = [];
    private readonly EventBroadcaster _events;
    private MachineInfo? _machine;
    private string _nodeIP = "";
    private string? _nodeUid;
    private DateTimeOffset _lastStatusReport;

    /// <param name="informers">A shared informer factory; the kubelet uses its Pod, ConfigMap and Secret informers.</param>
    public Kubelet(Kubernetes client, SharedInformerFactory informers, IContainerRuntime runtime, KubeletOptions options, TimeProvider time, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(informers);
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        options.Validate();
        _client = client;
        _informers = informers;
        Runtime = runtime;
        _options = options;
        _time = time;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<Kubelet>();
        _events = new EventBroadcaster(time, loggerFactory);
        Recorder = _events.NewRecorder("kubelet", options.NodeName);
    }

    /// <summary>The container runtime the pods run on (the kubelet server streams logs, exec and port-forward through it).</summary>
    public IContainerRuntime Runtime { get; }

    public string NodeName => _options.NodeName;

    public KubeletOptions Options => _options;

    internal IEventRecorder Recorder { get; }

    /// <summary>
    /// Registers the node (or adopts the Node that exists), reports its status, creates its lease, then starts the
    /// status, lease and pod loops. Returns once the node is registered.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _machine = MachineInfo.Read(_options.RootDirectory);
        _nodeIP = _options.NodeIP ?? MachineInfo.DefaultNodeIP();
        _events.StartRecordingToSink(new EventSink(_client));
        await Runtime.UpdateRuntimeConfigAsync(new RuntimeConfig { PodCidr = _options.PodCidr }, cancellationToken).ConfigureAwait(false);
        await RegisterNodeAsync(cancellationToken).ConfigureAwait(false);

        var lease = new NodeLeaseController(_client, _options, () => _nodeUid, _time, _loggerFactory.CreateLogger<NodeLeaseController>());
        await lease.RenewAsync(cancellationToken).ConfigureAwait(false);
        await StartPodsAsync(cancellationToken).ConfigureAwait(false);

        var stop = _stop.Token;
        _loops.Add(Task.Run(() => lease.RunAsync(stop), CancellationToken.None));
        _loops.Add(Task.Run(() => NodeStatusLoopAsync(stop), CancellationToken.None));
        LogStarted(_options.NodeName, _nodeIP);
    }

    /// <summary>Stops the loops. Containers keep running (conmon supervises them); a restarted kubelet adopts them.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        StopPods();
        try
        {
            await Task.WhenAll(_loops).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        await Task.WhenAll(_terminations.Values).ConfigureAwait(false);
        await _events.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Kubelet started for node {Node} ({NodeIP})")]
    private partial void LogStarted(string node, string nodeIP);
}
