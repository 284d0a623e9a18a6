using System.Runtime.Versioning;
using KubeSharp.Client;
using KubeSharp.Client.Config;
using KubeSharp.Client.Informers;
using KubeSharp.Runtime;
using KubeSharp.Runtime.Cni;

namespace KubeSharp.Server;

/// <summary>
/// The node half of <c>kubesharp server</c> (k3s's embedded agent): the container runtime over the data directory
/// and the real kubelet for this host, started once the API server is ready unless <c>--disable-agent</c>.
/// </summary>
public sealed partial class KubeSharpServer
{
    private Kubernetes? _kubeletClient;
    private SharedInformerFactory? _kubeletInformers;
    private ContainerRuntime? _runtime;
    private Kubelet.Kubelet? _kubelet;

    /// <summary>The real kubelet of this host, once started; null with <c>--disable-agent</c>.</summary>
    [SupportedOSPlatform("linux")]
    public Kubelet.Kubelet? Kubelet => _kubelet;

    [SupportedOSPlatform("linux")]
    private async Task StartAgentAsync(CancellationToken cancellationToken)
    {
        if (_options.DisableAgent)
        {
            return;
        }

        _runtime = await ContainerRuntime.StartAsync(RuntimeOptionsFor(_options), _time, _loggerFactory, cancellationToken);

        // The kubelet's writes are managed by "kubelet", as upstream's user agent makes them.
        var config = KubeconfigLoader.Load(_options.KubeconfigPath) with
        {
            Qps = 0,
            UserAgent = $"kubelet/{Api.BuildInfo.KubernetesGitVersion} (linux/amd64) kubernetes",
        };
        _kubeletClient = new Kubernetes(config, _time, _loggerFactory);
        _kubeletInformers = new SharedInformerFactory(_kubeletClient, TimeSpan.Zero);
        _kubelet = new Kubelet.Kubelet(_kubeletClient, _kubeletInformers, _runtime, KubeletOptionsFor(_options), _time, _loggerFactory);
        await _kubelet.StartAsync(cancellationToken);
    }

    [SupportedOSPlatform("linux")]
    private async Task StopAgentAsync()
    {
        if (_kubelet is { } kubelet)
        {
            _kubelet = null;
            await kubelet.DisposeAsync();
        }

        if (_kubeletInformers is { } informers)
        {
            _kubeletInformers = null;
            await informers.DisposeAsync();
        }

        _kubeletClient?.Dispose();
        _kubeletClient = null;
        _runtime?.Dispose();
        _runtime = null;
    }

    /// <summary>
    /// The runtime's directories live in the data directory (as k3s's agent/ tree), the CNI configuration too, so a
    /// server never reads or writes the host's /etc/cni. Volatile state is <c>--runtime-state</c>.
    /// </summary>
    [SupportedOSPlatform("linux")]
    internal static RuntimeOptions RuntimeOptionsFor(ServerOptions options) => new()
    {
        Root = Path.Combine(options.DataDir, "runtime"),
        State = options.RuntimeState,
        DefaultCgroupParent = options.CgroupRoot,
        ImageImportDirectory = Path.Combine(options.DataDir, "agent", "images"),
        Cni = new CniOptions
        {
            ConfigDirectory = Path.Combine(options.DataDir, "agent", "etc", "cni", "net.d"),
            DataDirectory = Path.Combine(options.DataDir, "agent", "cni"),
            NodeNetworkNamespace = options.NodeNetworkNamespace,
            PodCidr = options.PodCidr,
        },
    };

    [SupportedOSPlatform("linux")]
    internal static Kubelet.KubeletOptions KubeletOptionsFor(ServerOptions options)
    {
        var kubelet = new Kubelet.KubeletOptions
        {
            RootDirectory = Path.Combine(options.DataDir, "agent", "kubelet"),

            // /var/log/pods for the real node; a server with its own data directory (tests) keeps its logs there.
            PodLogsDirectory = options.DataDir == ServerOptions.DefaultDataDir ? "/var/log/pods" : Path.Combine(options.DataDir, "agent", "pod-logs"),
            CgroupRoot = options.CgroupRoot,
            PodCidr = options.PodCidr,
            NodeIP = options.NodeIP,
        };
        return options.NodeName is { Length: > 0 } name ? kubelet with { NodeName = name } : kubelet;
    }
}
