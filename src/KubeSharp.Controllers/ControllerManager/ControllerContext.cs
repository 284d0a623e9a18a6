using KubeSharp.Client;
using KubeSharp.Client.Events;
using KubeSharp.Client.Informers;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Controllers.ControllerManager;

/// <summary>What every controller is built from (upstream's <c>ControllerContext</c>): the client, the shared informers, events, time and options.</summary>
public sealed class ControllerContext(
    Kubernetes client,
    SharedInformerFactory informerFactory,
    EventBroadcaster eventBroadcaster,
    ControllerManagerOptions options,
    TimeProvider time,
    ILoggerFactory loggerFactory)
{
    public Kubernetes Client { get; } = client;

    public SharedInformerFactory InformerFactory { get; } = informerFactory;

    public ControllerManagerOptions Options { get; } = options;

    public TimeProvider Time { get; } = time;

    public ILoggerFactory LoggerFactory { get; } = loggerFactory;

    /// <summary>An event recorder reporting as <paramref name="component"/> (e.g. <c>replicaset-controller</c>).</summary>
    public IEventRecorder EventRecorder(string component) => eventBroadcaster.NewRecorder(component);
}
