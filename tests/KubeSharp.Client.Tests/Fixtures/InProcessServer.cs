using System.Net;
using KubeSharp.Client.Config;
using KubeSharp.Server;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Client.Tests.Fixtures;

/// <summary>
/// The real all-in-one server in this process: SQLite in a temporary directory, HTTPS on 127.0.0.1 (a free port),
/// the admin kubeconfig written where clients can load it. It can be restarted on the same port and data, which
/// is how a test makes watches outlive the server's watch cache.
/// </summary>
public sealed class InProcessServer : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kubesharp-client-test-").FullName;
    private KubeSharpServer? _server;
    private int _port;

    public string KubeconfigPath => Path.Combine(_directory, "kubeconfig.yaml");

    public static async Task<InProcessServer> StartAsync()
    {
        var server = new InProcessServer();
        await server.StartServerAsync();
        return server;
    }

    /// <summary>A client of the server through the project's own client library, without client-side rate limiting.</summary>
    public Kubernetes NewClient(TimeProvider? time = null) => new(KubeconfigLoader.Load(KubeconfigPath) with { Qps = 0 }, time);

    /// <summary>Stops the server (open watches end) and starts it again on the same port and datastore.</summary>
    public async Task RestartAsync()
    {
        await _server!.DisposeAsync();
        _server = null;
        await StartServerAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private async Task StartServerAsync()
    {
        _server = new KubeSharpServer(
            new ServerOptions { DataDir = _directory, BindAddress = IPAddress.Loopback, HttpsListenPort = _port, DisableAgent = true },
            NullLoggerFactory.Instance,
            TimeProvider.System);
        await _server.StartAsync(CancellationToken.None);
        _port = _server.Address!.Port;
    }
}
