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

        if (TokenAuthFile is not null && !File.Exists(TokenAuthFile))
        {
            throw new ArgumentException($"--token-auth-file {TokenAuthFile} does not exist");
        }
    }
}
