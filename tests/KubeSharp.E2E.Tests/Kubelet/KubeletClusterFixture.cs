using System.Text.Json;
using KubeSharp.Testing;
using KubeSharp.Testing.Cluster;
using KubeSharp.Testing.Images;
using KubeSharp.Testing.Network;

namespace KubeSharp.E2E.Tests.Kubelet;

/// <summary>
/// <c>kubesharp server</c> with its real agent, isolated as TESTING.md requires: the node network is a namespace of
/// the fixture's own with no route out (<c>--node-netns</c>), the runtime's state and cgroups are the fixture's own
/// (<c>--runtime-state</c>, <c>--cgroup-root</c>), and the busybox test image comes from a registry on 127.0.0.1.
/// Disposing kills the server, then sweeps what the containers may have left: every process in the fixture's
/// cgroups (conmon, containers), runc state, mounts, the namespace and the directories.
/// </summary>
public sealed class KubeletClusterFixture : IAsyncLifetime
{
    public const string NodeName = "e2e-node";

    private readonly string _id = Guid.NewGuid().ToString("N")[..8];
    private TestNetworkNamespace? _netns;
    private LocalRegistry? _registry;
    private ClusterProcess? _cluster;

    public ClusterProcess Cluster => _cluster ?? throw new InvalidOperationException("the cluster has not started");

    /// <summary>The busybox image, as pods name it (<c>127.0.0.1:PORT/library/busybox:test</c>).</summary>
    public string Image { get; private set; } = "";

    private string Directory => $"/tmp/ksk-{_id}";

    private string DataDir => Path.Combine(Directory, "data");

    private string StateDir => Path.Combine(Directory, "s");

    private string CgroupRoot => $"/kubesharp-e2e-{_id}";

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(DataDir);
        _netns = TestNetworkNamespace.Create("kse");
        var image = TestImage.Busybox().WriteOciLayout(Path.Combine(Directory, "layout"), "busybox");
        _registry = await LocalRegistry.StartAsync();
        Image = await _registry.PushAsync(image, "library/busybox", "test");
        _cluster = await StartServerAsync();
    }

    /// <summary>Kills the server (containers keep running under conmon) and starts it again over the same directories.</summary>
    public async Task RestartAsync()
    {
        await Cluster.DisposeAsync();
        _cluster = null;
        _cluster = await StartServerAsync();
    }

    private Task<ClusterProcess> StartServerAsync() => ClusterProcess.StartAsync(
        DataDir,
        ["--node-name", NodeName, "--node-netns", _netns!.Path, "--runtime-state", StateDir, "--cgroup-root", CgroupRoot, "--node-ip", "192.0.2.1"],
        withAgent: true);

    public async Task DisposeAsync()
    {
        try
        {
            if (_cluster is not null)
            {
                await _cluster.DisposeAsync();
            }

            if (_registry is not null)
            {
                await _registry.DisposeAsync();
            }
        }
        finally
        {
            Sweep();
        }
    }

    private void Sweep()
    {
        // Every conmon and container process lives in the fixture's cgroups: killing them there ends them all.
        HostCleanup.RemoveCgroup(CgroupRoot);
        var containers = Path.Combine(DataDir, "runtime", "containers");
        if (System.IO.Directory.Exists(containers))
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(containers, "container.json", SearchOption.AllDirectories))
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(file));
                foreach (var key in new[] { "conmonPid", "pid" })
                {
                    if (document.RootElement.TryGetProperty(key, out var pid) && pid.ValueKind == JsonValueKind.Number && pid.GetInt32() > 1)
                    {
                        HostCleanup.KillProcess(pid.GetInt32());
                    }
                }
            }
        }

        var runcRoot = Path.Combine(StateDir, "runc");
        if (System.IO.Directory.Exists(runcRoot))
        {
            foreach (var container in System.IO.Directory.EnumerateDirectories(runcRoot))
            {
                ProcessRunner.RunAsync("/usr/sbin/runc", ["--root", runcRoot, "delete", "--force", Path.GetFileName(container)]).GetAwaiter().GetResult();
            }
        }

        HostCleanup.RemoveCgroup(CgroupRoot);
        HostCleanup.UnmountUnder(Directory);
        _netns?.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
