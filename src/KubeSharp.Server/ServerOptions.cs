using System.Net;

namespace KubeSharp.Server;

/// <summary>
/// Everything <c>kubesharp server</c> is told on its command line, validated once at start-up.
/// Defaults are k3s's where upstream has none (see ARCHITECTURE.md, "Defaults users will recognise").
/// </summary>
public sealed record ServerOptions
{
    /// <summary>The default data directory, as k3s's <c>/var/lib/rancher/k3s</c>.</summary>
    public const string DefaultDataDir = "/var/lib/kubesharp";

    /// <summary>The default secure port, upstream's and k3s's.</summary>
    public const int DefaultHttpsListenPort = 6443;

    /// <summary>Where state, certificates and the admin kubeconfig live. Default <c>/var/lib/kubesharp</c>.</summary>
    public string DataDir { get; init; } = DefaultDataDir;

    /// <summary>The address the API server listens on. Default all addresses (0.0.0.0), as k3s.</summary>
    public IPAddress BindAddress { get; init; } = IPAddress.Any;

    /// <summary>The HTTPS port; 0 picks a free one, which is logged and written to the kubeconfig. Default 6443.</summary>
    public int HttpsListenPort { get; init; } = DefaultHttpsListenPort;

    /// <summary>
    /// The datastore: empty for the embedded SQLite database in the data directory, <c>sqlite://PATH</c> for
    /// another SQLite file, or <c>http(s)://host:port</c> for etcd. Default empty.
    /// </summary>
    public string? DatastoreEndpoint { get; init; }

    /// <summary>An extra path to write the admin kubeconfig to (the data directory always gets one).</summary>
    public string? WriteKubeconfig { get; init; }

    /// <summary>A static token file in upstream's CSV format: <c>token,user,uid,"group1,group2"</c>.</summary>
    public string? TokenAuthFile { get; init; }

    /// <summary>The first address of the service CIDR: the <c>kubernetes</c> service's IP, in the serving cert.</summary>
    public IPAddress ServiceIP { get; init; } = IPAddress.Parse("10.43.0.1");

    /// <summary>How many kwok-style simulated nodes to run in this process (see docs/client.md). Default 0.</summary>
    public int SimulatedNodes { get; init; }

    /// <summary>
    /// kube-controller-manager's <c>--controllers</c>: <c>*</c> for every controller on by default, <c>foo</c> to
    /// enable one, <c>-foo</c> to disable one; empty runs no controller manager. Default <c>*</c>.
    /// </summary>
    public IReadOnlyList<string> Controllers { get; init; } = ["*"];

    /// <summary>k3s's <c>--disable-agent</c>: run the control plane only, no kubelet or runtime on this host. Default false.</summary>
    public bool DisableAgent { get; init; }

    /// <summary>The node's name (<c>--node-name</c>); null for the host name.</summary>
    public string? NodeName { get; init; }

    /// <summary>The node's InternalIP (<c>--node-ip</c>); null picks the host's first global IPv4 address.</summary>
    public string? NodeIP { get; init; }

    /// <summary>
    /// <c>--node-netns</c>: a network namespace (path) that plays the node's host network: CNI plugins run in it and
    /// host-network pods join it. Null is this process's namespace. Tests use one of their own (TESTING.md).
    /// </summary>
    public string? NodeNetworkNamespace { get; init; }

    /// <summary>
    /// <c>--runtime-state</c>: the runtime's volatile state (runc, conmon sockets, pinned namespaces). Keep it short:
    /// conmon's attach socket path under it must stay below 108 bytes. Default /run/kubesharp/runtime.
    /// </summary>
    public string RuntimeState { get; init; } = "/run/kubesharp/runtime";

    /// <summary><c>--cgroup-root</c>: the cgroup every pod cgroup goes under (upstream's kubepods). Default /kubepods.</summary>
    public string CgroupRoot { get; init; } = "/kubepods";

    /// <summary>This node's pod CIDR (the first /24 of k3s's cluster CIDR 10.42.0.0/16).</summary>
    public string PodCidr { get; init; } = "10.42.0.0/24";

    /// <summary>The cluster domain DNS serves (kubelet's <c>--cluster-domain</c>). Default <c>cluster.local</c>.</summary>
    public string ClusterDomain { get; init; } = "cluster.local";

    /// <summary>
    /// Where the cluster DNS listens (UDP and TCP); null runs none. Until the service proxy routes the DNS service
    /// IP to it, it is off by default.
    /// </summary>
    public IPEndPoint? ClusterDnsListen { get; init; }

    /// <summary>Resolvers the cluster DNS forwards other names to; null for the host's (<c>/etc/resolv.conf</c>).</summary>
    public IReadOnlyList<IPEndPoint>? ClusterDnsUpstreams { get; init; }

    /// <summary>The admin kubeconfig inside the data directory.</summary>
    public string KubeconfigPath => Path.Combine(DataDir, "kubeconfig.yaml");

    /// <summary>The directory that holds the CA, serving and client certificates.</summary>
    public string TlsDir => Path.Combine(DataDir, "tls");

    /// <summary>Rejects options that cannot work, with a message naming the flag.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(DataDir))
        {
            throw new ArgumentException("--data-dir must not be empty");
        }

        if (HttpsListenPort is < 0 or > 65535)
        {
            throw new ArgumentException($"--https-listen-port {HttpsListenPort} is outside 0-65535");
        }

        if (SimulatedNodes < 0)
        {
            throw new ArgumentException($"--simulated-nodes {SimulatedNodes} must not be negative");
        }

        new global::KubeSharp.Controllers.ControllerManager.ControllerManagerOptions { Controllers = Controllers }.Validate(global::KubeSharp.Controllers.ControllerManager.KnownControllers.All);

        if (NodeNetworkNamespace is not null && !File.Exists(NodeNetworkNamespace))
        {
            throw new ArgumentException($"--node-netns {NodeNetworkNamespace} does not exist");
        }

        if (string.IsNullOrWhiteSpace(RuntimeState) || !Path.IsPathRooted(RuntimeState))
        {
            throw new ArgumentException($"--runtime-state '{RuntimeState}' must be an absolute path");
        }

        if (!CgroupRoot.StartsWith('/'))
        {
            throw new ArgumentException($"--cgroup-root '{CgroupRoot}' must start with /");
        }

        if (TokenAuthFile is not null && !File.Exists(TokenAuthFile))
        {
            throw new ArgumentException($"--token-auth-file {TokenAuthFile} does not exist");
        }
    }
}
