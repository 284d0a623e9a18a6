using System.Net;
using KubeSharp.Api.Coordination.V1;
using KubeSharp.Api.Core.V1;
using KubeSharp.Client;
using KubeSharp.Client.Config;
using KubeSharp.Client.Informers;
using KubeSharp.Kubelet.Simulated;
using KubeSharp.Server;
using KubeSharp.Testing.Time;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Kubelet.Tests;

/// <summary>
/// The real kubelet's node half against the real all-in-one server in process (control plane only), over the
/// simulated runtime (no containers are started here), on virtual time.
/// </summary>
public sealed class KubeletNodeTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kubesharp-kubelet-").FullName;
    private readonly FakeTimeProvider _time = new(TimeProvider.System.GetUtcNow());
    private KubeSharpServer? _server;
    private Kubernetes _client = null!;
    private SharedInformerFactory? _informers;
    private SimulatedRuntime? _runtime;
    private Kubelet? _kubelet;

    public async Task InitializeAsync()
    {
        _server = new KubeSharpServer(
            new ServerOptions { DataDir = _directory, BindAddress = IPAddress.Loopback, HttpsListenPort = 0, DisableAgent = true, Controllers = [] },
            NullLoggerFactory.Instance,
            TimeProvider.System);
        await _server.StartAsync(CancellationToken.None);
        _client = new Kubernetes(KubeconfigLoader.Load(Path.Combine(_directory, "kubeconfig.yaml")) with { Qps = 0 }, _time);
        _informers = new SharedInformerFactory(_client, TimeSpan.Zero);
        _runtime = new SimulatedRuntime(_time);
        _kubelet = new Kubelet(
            _client,
            _informers,
            _runtime,
            new KubeletOptions { NodeName = "node-a", NodeIP = "192.0.2.7", RootDirectory = Path.Combine(_directory, "kubelet"), PodLogsDirectory = Path.Combine(_directory, "logs") },
            _time,
            NullLoggerFactory.Instance);
        await RunClockUntilAsync(_kubelet.StartAsync(CancellationToken.None));
    }

    [Fact]
    public async Task StartAsync_Node_RegisteredReadyWithHostCapacity()
    {
        var node = await _client.Resource<Node>().GetAsync("node-a");

        var ready = node.Status.Conditions?.SingleOrDefault(c => c.Type == NodeConditionType.Ready);
        Assert.Equal(("True", "KubeletReady"), (ready?.Status, ready?.Reason));
        Assert.Equal(Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture), node.Status.Capacity?["cpu"].ToString());
        Assert.Equal("110", node.Status.Capacity?["pods"].ToString());
        Assert.True(node.Status.Allocatable!["memory"] < node.Status.Capacity!["memory"], "allocatable memory leaves the eviction threshold out");
        Assert.Equal("192.0.2.7", node.Status.Addresses?.Single(a => a.Type == "InternalIP").Address);
        Assert.Equal("10.42.0.0/24", node.Spec.PodCIDR);
        Assert.StartsWith(SimulatedRuntime.RuntimeName + "://", node.Status.NodeInfo.ContainerRuntimeVersion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lease_AfterTheRenewInterval_IsRenewedAndOwnedByTheNode()
    {
        var leases = _client.Resource<Lease>().Namespace("kube-node-lease");
        var before = await leases.GetAsync("node-a");
        Assert.Equal(("node-a", 40), (before.Spec.HolderIdentity, before.Spec.LeaseDurationSeconds));
        Assert.Equal("Node", Assert.Single(before.Metadata.OwnerReferences ?? []).Kind);

        await Eventually.UntilAsync(
            async () =>
            {
                _time.Advance(TimeSpan.FromSeconds(1));
                var now = await leases.GetAsync("node-a");
                return now.Spec.RenewTime > before.Spec.RenewTime;
            },
            "the lease to be renewed");
    }

    [Fact]
    public async Task NodeStatusLoop_NodeDeleted_RegistersAgain()
    {
        var nodes = _client.Resource<Node>();
        var first = await nodes.GetAsync("node-a");
        await nodes.DeleteAsync("node-a");

        await Eventually.UntilAsync(
            async () =>
            {
                _time.Advance(TimeSpan.FromSeconds(1));
                var list = await nodes.ListAsync();
                return list.Items.Any(n => n.Metadata.Name == "node-a" && n.Metadata.Uid != first.Metadata.Uid);
            },
            "the node to register again");
    }

    /// <summary>Moves virtual time on while <paramref name="task"/> runs: the informers and loops wait on virtual timers.</summary>
    private async Task RunClockUntilAsync(Task task)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (!task.IsCompleted)
        {
            if (System.Diagnostics.Stopwatch.GetElapsedTime(started) > KubeSharp.Testing.Time.Wait.DefaultTimeout)
            {
                throw new TimeoutException("the kubelet did not start or stop in time");
            }

            _time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(5);
        }

        await task;
    }

    public async Task DisposeAsync()
    {
        if (_kubelet is not null)
        {
            await RunClockUntilAsync(_kubelet.DisposeAsync().AsTask());
        }

        if (_informers is not null)
        {
            await RunClockUntilAsync(_informers.DisposeAsync().AsTask());
        }

        _runtime?.Dispose();
        _client.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }
}
