using System.Text.Json;
using KubeSharp.Runtime.Cni;
using KubeSharp.Testing.Network;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Runtime.Tests;

/// <summary>
/// One isolated runtime for a test: short root and state directories (conmon's attach socket paths must
/// stay under 108 bytes), a node network namespace of its own with no route out, a pod CIDR inside it, and
/// a cgroup parent of its own. Disposing removes every sandbox through the runtime, then sweeps whatever a
/// failure may have left: conmon processes, runc state, mounts, cgroups, the namespace.
/// </summary>
public sealed class RuntimeEnvironment : IAsyncDisposable
{
    private RuntimeEnvironment(string directory, TestNetworkNamespace node, RuntimeOptions options, ContainerRuntime runtime)
    {
        Directory = directory;
        Node = node;
        Options = options;
        Runtime = runtime;
    }

    public string Directory { get; }

    public TestNetworkNamespace Node { get; }

    public RuntimeOptions Options { get; }

    public ContainerRuntime Runtime { get; private set; }

    public string CgroupRoot => Options.DefaultCgroupParent;

    public static async Task<RuntimeEnvironment> CreateAsync(string podCidr = "10.244.7.0/24")
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var directory = $"/tmp/ks-{id}";
        System.IO.Directory.CreateDirectory(directory);
        var node = TestNetworkNamespace.Create("ksn");
        var options = new RuntimeOptions
        {
            Root = Path.Combine(directory, "r"),
            State = Path.Combine(directory, "s"),
            DefaultCgroupParent = $"/kubesharp-test-{id}",
            Cni = new CniOptions
            {
                ConfigDirectory = Path.Combine(directory, "cni", "net.d"),
                DataDirectory = Path.Combine(directory, "cni", "data"),
                NodeNetworkNamespace = node.Path,
                PodCidr = podCidr,
            },
        };
        var runtime = await ContainerRuntime.StartAsync(options, TimeProvider.System, NullLoggerFactory.Instance);
        return new RuntimeEnvironment(directory, node, options, runtime);
    }

    /// <summary>Simulates a crash and restart of the runtime's process: a fresh instance over the same directories.</summary>
    public async Task RestartAsync()
    {
        Runtime.Dispose();
        Runtime = await ContainerRuntime.StartAsync(Options, TimeProvider.System, NullLoggerFactory.Instance);
    }

    /// <summary>A sandbox config for a pod named <paramref name="name"/>, logging under this environment.</summary>
    public PodSandboxConfig Sandbox(string name, NamespaceMode pid = NamespaceMode.Container) => new()
    {
        Metadata = new PodSandboxMetadata { Name = name, Namespace = "default", Uid = Guid.NewGuid().ToString() },
        Hostname = name,
        LogDirectory = Path.Combine(Directory, "logs", name),
        DnsConfig = new DnsConfig { Servers = ["10.43.0.10"], Searches = ["default.svc.cluster.local"], Options = ["ndots:5"] },
        Linux = new LinuxPodSandboxConfig
        {
            CgroupParent = $"{CgroupRoot}/pod-{name}",
            SecurityContext = new LinuxSandboxSecurityContext { NamespaceOptions = new NamespaceOption { Pid = pid } },
        },
    };

    public async ValueTask DisposeAsync()
    {
        try
        {
            foreach (var sandbox in await Runtime.ListPodSandboxAsync())
            {
                try
                {
                    await Runtime.RemovePodSandboxAsync(sandbox.Id);
                }
                catch (RuntimeException)
                {
                }
            }
        }
        finally
        {
            Sweep();
            Runtime.Dispose();
        }
    }

    private void Sweep()
    {
        // conmon processes recorded for this environment, by PID (never by name).
        var containers = Path.Combine(Options.Root, "containers");
        if (System.IO.Directory.Exists(containers))
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(containers, "container.json", SearchOption.AllDirectories))
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(file));
                foreach (var key in new[] { "conmonPid", "pid" })
                {
                    if (document.RootElement.TryGetProperty(key, out var pid) && pid.GetInt32() > 1)
                    {
                        HostCleanup.KillProcess(pid.GetInt32());
                    }
                }
            }
        }

        var runcRoot = Path.Combine(Options.State, "runc");
        if (System.IO.Directory.Exists(runcRoot))
        {
            foreach (var container in System.IO.Directory.EnumerateDirectories(runcRoot))
            {
                KubeSharp.Testing.ProcessRunner.RunAsync(Options.RuncPath, ["--root", runcRoot, "delete", "--force", Path.GetFileName(container)]).GetAwaiter().GetResult();
            }
        }

        HostCleanup.RemoveCgroup(CgroupRoot);
        HostCleanup.UnmountUnder(Directory);
        Node.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
