using KubeSharp.Api.Coordination.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Client;
using KubeSharp.Client.Events;
using KubeSharp.Client.Informers;
using KubeSharp.Client.LeaderElection;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Controllers.ControllerManager;

/// <summary>
/// kube-controller-manager inside <c>kubesharp server</c>: while holding the <c>kube-system/kube-controller-manager</c>
/// Lease it builds the enabled controllers over one shared informer factory, starts the informers, and runs every
/// controller. Losing the lease stops them all; the manager then campaigns again (upstream exits and is restarted).
/// </summary>
public sealed partial class ControllerManager
{
    private readonly Kubernetes _client;
    private readonly ControllerManagerOptions _options;
    private readonly IReadOnlyList<ControllerDescriptor> _descriptors;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly string _identity;

    public ControllerManager(
        Kubernetes client, ControllerManagerOptions options, TimeProvider time, ILoggerFactory loggerFactory, IReadOnlyList<ControllerDescriptor>? descriptors = null, string? identity = null)
    {
        _descriptors = descriptors ?? KnownControllers.All;
        options.Validate(_descriptors);
        _client = client;
        _options = options;
        _time = time;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<ControllerManager>();
        _identity = identity ?? Environment.MachineName + "_" + Guid.NewGuid();
    }

    /// <summary>The names of the controllers <see cref="ControllerManagerOptions.Controllers"/> enables, in start order.</summary>
    public IReadOnlyList<string> EnabledControllers => [.. _descriptors.Where(_options.IsControllerEnabled).Select(d => d.Name)];

    /// <summary>Runs until cancelled: under leader election, or at once when it is off.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!_options.LeaderElect)
        {
            await RunControllersAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await using var broadcaster = new EventBroadcaster(_time, _loggerFactory);
        broadcaster.StartRecordingToSink(new EventSink(_client));
        var recorder = broadcaster.NewRecorder("kube-controller-manager");
        var leaseSubject = new Lease { Metadata = new ObjectMeta { Name = _options.LeaderElectResourceName, Namespace = _options.LeaderElectResourceNamespace } };
        var leaseLock = new LeaseLock(_client, _options.LeaderElectResourceNamespace, _options.LeaderElectResourceName, _identity)
        {
            // Upstream records "<identity> became leader" / "stopped leading" as LeaderElection events on the Lease.
            OnEvent = message => recorder.Event(leaseSubject, EventTypes.Normal, "LeaderElection", message),
        };
        while (!cancellationToken.IsCancellationRequested)
        {
            var elector = new LeaderElector(
                new LeaderElectionConfig
                {
                    Lock = leaseLock,
                    LeaseDuration = _options.LeaseDuration,
                    RenewDeadline = _options.RenewDeadline,
                    RetryPeriod = _options.RetryPeriod,
                    Name = "kube-controller-manager",
                    Callbacks = new LeaderCallbacks
                    {
                        OnStartedLeading = RunControllersAsync,
                        OnStoppedLeading = LogStoppedLeading,
                    },
                },
                _time,
                _loggerFactory.CreateLogger<LeaderElector>());
            await elector.RunAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Builds the enabled controllers, starts the informers they asked for, and runs them until cancelled.</summary>
    private async Task RunControllersAsync(CancellationToken cancellationToken)
    {
        await using var informers = new SharedInformerFactory(_client, TimeSpan.Zero);
        await using var broadcaster = new EventBroadcaster(_time, _loggerFactory);
        broadcaster.StartRecordingToSink(new EventSink(_client));
        var context = new ControllerContext(_client, informers, broadcaster, _options, _time, _loggerFactory);
        var runs = new List<(string Name, Func<CancellationToken, Task> Run)>();
        foreach (var descriptor in _descriptors)
        {
            if (!_options.IsControllerEnabled(descriptor))
            {
                LogDisabled(descriptor.Name);
                continue;
            }

            runs.Add((descriptor.Name, descriptor.Init(context)));
        }

        informers.Start();
        var tasks = runs.ConvertAll(run =>
        {
            LogStarted(run.Name);
            return Task.Run(() => run.Run(cancellationToken), CancellationToken.None);
        });
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private void LogStoppedLeading() => LogLeaderLost(_identity);

    [LoggerMessage(Level = LogLevel.Information, Message = "Started {Controller}")]
    private partial void LogStarted(string controller);

    [LoggerMessage(Level = LogLevel.Information, Message = "Controller {Controller} is disabled")]
    private partial void LogDisabled(string controller);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped leading as {Identity}")]
    private partial void LogLeaderLost(string identity);
}
