using KubeSharp.ApiServer;
using KubeSharp.ApiServer.Health;
using KubeSharp.Server.Pki;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Server;

/// <summary>
/// The all-in-one server: certificates, datastore, API server, and (as they land) the controllers, scheduler
/// and node components, started in order behind readiness signals as k3s does. <see cref="StartAsync"/> returns
/// once the cluster answers <c>/readyz</c>; the ready line is logged then.
/// </summary>
public sealed partial class KubeSharpServer : IAsyncDisposable
{
    /// <summary>The words the ready line starts with; the e2e harness waits for them.</summary>
    public const string ReadyMessagePrefix = "KubeSharp is ready";

    private readonly ServerOptions _options;
    private readonly ILoggerFactory _loggerFactory;
    private readonly TimeProvider _time;
    private readonly ILogger<KubeSharpServer> _logger;
    private readonly TaskCompletionSource _bootstrapped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ClusterCertificates? _certificates;
    private Storage.IStorage? _storage;
    private ApiServer.ApiServer? _apiServer;

    public KubeSharpServer(ServerOptions options, ILoggerFactory loggerFactory, TimeProvider time)
    {
        options.Validate();
        _options = options;
        _loggerFactory = loggerFactory;
        _time = time;
        _logger = loggerFactory.CreateLogger<KubeSharpServer>();
    }

    /// <summary>The API server's URL, once started.</summary>
    public Uri? Address => _apiServer?.Address;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_options.DataDir);
        var names = ServingNames.ForThisHost(_options.ServiceIP, _options.BindAddress);
        _certificates = ClusterCertificates.LoadOrCreate(_options.TlsDir, names, _time);
        LogCertificates(_options.TlsDir);

        _apiServer = new ApiServer.ApiServer(
            new ApiServerOptions
            {
                BindAddress = _options.BindAddress,
                Port = _options.HttpsListenPort,
                ServingCertificate = _certificates.Serving,
                ClientCertificateAuthority = _certificates.Authority.Certificate,
                TokenAuthFile = _options.TokenAuthFile,
            },
            _loggerFactory,
            _time);
        _storage = Datastore.Open(_options, _time, _loggerFactory);
        LogDatastore(_options.DatastoreEndpoint is { Length: > 0 } endpoint ? endpoint : Datastore.DefaultSqlitePath(_options.DataDir));
        _apiServer.InstallResources(_storage, Api.Scheme.KubeScheme.Default);
        _apiServer.Health.AddReadinessCheck(HealthCheck.FromSignal("poststarthook/kubesharp-bootstrap", _bootstrapped, "not finished"));
        var address = await _apiServer.StartAsync(cancellationToken);

        Kubeconfig.Write(_options.KubeconfigPath, address, _certificates.Authority.Certificate, _certificates.AdminClient);
        if (_options.WriteKubeconfig is { } extra)
        {
            Kubeconfig.Write(extra, address, _certificates.Authority.Certificate, _certificates.AdminClient);
        }

        LogKubeconfig(_options.WriteKubeconfig ?? _options.KubeconfigPath);
        _bootstrapped.TrySetResult();
        if (!await _apiServer.Health.Readyz.IsHealthyAsync(cancellationToken))
        {
            throw new InvalidOperationException("the API server did not become ready");
        }

        if (OperatingSystem.IsLinux())
        {
            await StartSimulatedNodesAsync(address, cancellationToken);
            await StartAgentAsync(cancellationToken);
        }

        StartControllerManager();
        await StartClusterDnsAsync(cancellationToken);
        var addressText = address.ToString().TrimEnd('/');
        LogReady(ReadyMessagePrefix, addressText, _options.WriteKubeconfig ?? _options.KubeconfigPath);
    }

    /// <summary>Starts, then serves until <paramref name="cancellationToken"/> is cancelled (SIGINT/SIGTERM).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            LogStopping();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (OperatingSystem.IsLinux())
        {
            await StopAgentAsync();
            await StopSimulatedNodesAsync();
        }

        await StopControllerManagerAsync();
        await StopClusterDnsAsync();
        if (_apiServer is { } apiServer)
        {
            _apiServer = null;
            await apiServer.DisposeAsync();
        }

        if (_storage is { } storage)
        {
            _storage = null;
            await storage.DisposeAsync();
        }

        _certificates?.Dispose();
        _certificates = null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Certificates in {TlsDir}")]
    private partial void LogCertificates(string tlsDir);

    [LoggerMessage(Level = LogLevel.Information, Message = "Datastore {Endpoint}")]
    private partial void LogDatastore(string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote kubeconfig {Path}")]
    private partial void LogKubeconfig(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Prefix}: API server at {Address}, kubeconfig {Kubeconfig}")]
    private partial void LogReady(string prefix, string address, string kubeconfig);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutting down")]
    private partial void LogStopping();
}
