using System.Diagnostics;
using System.Net;
using KubeSharp.Client;
using KubeSharp.Client.Config;
using KubeSharp.Client.Informers;
using KubeSharp.Kubelet.Simulated;
using KubeSharp.Server;
using KubeSharp.Testing.Time;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Kubelet.Tests.Simulated;

/// <summary>
/// The real all-in-one server in process (SQLite in a temporary directory, 127.0.0.1:0, real time) with three
/// simulated nodes that run on virtual time, driven through the project's own client.
/// </summary>
public sealed class SimulatedClusterFixture : IAsyncLifetime
{
    public const int NodeCount = 3;

    private readonly string _directory = Directory.CreateTempSubdirectory("kubesharp-simulated-").FullName;
    private KubeSharpServer? _server;
    private SharedInformerFactory? _informers;

    public FakeTimeProvider Time { get; } = new(TimeProvider.System.GetUtcNow());

    public Kubernetes Client { get; private set; } = null!;

    public SimulatedNodes Nodes { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = new KubeSharpServer(
            new ServerOptions { DataDir = _directory, BindAddress = IPAddress.Loopback, HttpsListenPort = 0, DisableAgent = true },
            NullLoggerFactory.Instance,
            TimeProvider.System);
        await _server.StartAsync(CancellationToken.None);
        Client = new Kubernetes(KubeconfigLoader.Load(Path.Combine(_directory, "kubeconfig.yaml")) with { Qps = 0 }, Time);
        _informers = new SharedInformerFactory(Client, TimeSpan.Zero);
        Nodes = new SimulatedNodes(Client, _informers, new SimulatedNodeOptions { Count = NodeCount, Zones = ["zone-a", "zone-b"] }, Time, NullLoggerFactory.Instance);
        await RunClockUntilAsync(Nodes.StartAsync(CancellationToken.None));
    }

    /// <summary>Moves virtual time on in 100 ms steps while <paramref name="task"/> runs (the loops park on virtual timers).</summary>
    public async Task RunClockUntilAsync(Task task)
    {
        var started = Stopwatch.GetTimestamp();
        while (!task.IsCompleted)
        {
            if (Stopwatch.GetElapsedTime(started) > Wait.DefaultTimeout)
            {
                throw new TimeoutException("the simulated nodes did not finish in time");
            }

            Time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(5);
        }

        await task;
    }

    /// <summary>Moves virtual time on (in 100 ms steps, pausing for the loops) until <paramref name="condition"/> holds.</summary>
    public async Task RunClockUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? step = null)
    {
        var started = Stopwatch.GetTimestamp();
        while (!await condition())
        {
            if (Stopwatch.GetElapsedTime(started) > Wait.DefaultTimeout)
            {
                throw new TimeoutException("timed out waiting for " + what);
            }

            for (var i = 0; i < 10; i++)
            {
                Time.Advance(step ?? TimeSpan.FromMilliseconds(100));
                await Task.Delay(2);
            }
        }
    }

    public async Task DisposeAsync()
    {
        await Nodes.DisposeAsync();
        if (_informers is not null)
        {
            await _informers.DisposeAsync();
        }

        Client.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }
}
