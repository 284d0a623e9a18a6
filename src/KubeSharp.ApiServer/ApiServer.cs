using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using KubeSharp.ApiServer.Authentication;
using KubeSharp.ApiServer.Authorization;
using KubeSharp.ApiServer.Endpoints;
using KubeSharp.ApiServer.Health;
using KubeSharp.ApiServer.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KubeSharp.ApiServer;

/// <summary>
/// The Kubernetes API server: Kestrel over HTTPS (HTTP/1.1 and HTTP/2) with client-certificate and bearer-token
/// authentication, the handler chain, and the endpoints behind it. One instance per process, or several in
/// one test process, each on its own port.
/// </summary>
public sealed partial class ApiServer : IAsyncDisposable
{
    private readonly ApiServerOptions _options;
    private readonly ILoggerFactory _loggerFactory;
    private readonly TimeProvider _time;
    private readonly ILogger<ApiServer> _logger;
    private readonly Router _router;
    private WebApplication? _app;

    public ApiServer(ApiServerOptions options, ILoggerFactory loggerFactory, TimeProvider time, IAuthorizer? authorizer = null)
    {
        _options = options;
        _loggerFactory = loggerFactory;
        _time = time;
        _logger = loggerFactory.CreateLogger<ApiServer>();
        Metrics = new ApiServerMetrics(new MetricsRegistry());
        _router = new Router(Health, new MetricsEndpoint(Metrics.Registry));
        Authorizer = authorizer ?? new AlwaysAllowAuthenticatedAuthorizer();

        var authenticators = new List<IAuthenticator> { new X509Authenticator(options.ClientCertificateAuthority, time) };
        if (options.TokenAuthFile is not null)
        {
            authenticators.Add(TokenFileAuthenticator.FromFile(options.TokenAuthFile));
        }

        Authenticator = new UnionAuthenticator(authenticators);
    }

    /// <summary>The checks behind /healthz, /livez and /readyz; components add theirs before start.</summary>
    public HealthChecks Health { get; } = new();

    public ApiServerMetrics Metrics { get; }

    public IAuthenticator Authenticator { get; }

    public IAuthorizer Authorizer { get; }

    /// <summary>The URL clients use, with the real port when 0 was asked for. Set by <see cref="StartAsync"/>.</summary>
    public Uri? Address { get; private set; }

    /// <summary>The REST layer; set before start by the composition root.</summary>
    public IRequestHandler? Resources
    {
        get => _router.Resources;
        set => _router.Resources = value;
    }

    /// <summary>Discovery (<c>/api</c>, <c>/apis</c>); set before start by the composition root.</summary>
    public IRequestHandler? Discovery
    {
        get => _router.Discovery;
        set => _router.Discovery = value;
    }

    /// <summary>Serves every path under <paramref name="prefix"/> (e.g. <c>/openapi/</c>) with <paramref name="handler"/>.</summary>
    public void Map(string prefix, IRequestHandler handler) => _router.Map(prefix, handler);

    /// <summary>Starts listening; returns the address clients use.</summary>
    public async Task<Uri> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(_loggerFactory);
        builder.Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(ConfigureKestrel);
        await StartResourcesAsync(cancellationToken);
        var app = builder.Build();
        var chain = new HandlerChain(Authenticator, Authorizer, Metrics, _router, _loggerFactory.CreateLogger<HandlerChain>(), _time);
        app.Run(chain.InvokeAsync);
        await app.StartAsync(cancellationToken);
        _app = app;

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = BindingAddress.Parse(bound).Port;
        var host = _options.BindAddress.Equals(System.Net.IPAddress.Any) || _options.BindAddress.Equals(System.Net.IPAddress.IPv6Any)
            ? "127.0.0.1"
            : _options.BindAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{_options.BindAddress}]" : _options.BindAddress.ToString();
        Address = new Uri($"https://{host}:{port}");
        LogListening(_options.BindAddress, port);
        return Address;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is { } app)
        {
            await app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.DisposeAsync();
        }

        await StopResourcesAsync();
    }

    private void ConfigureKestrel(KestrelServerOptions kestrel)
    {
        kestrel.AddServerHeader = false;
        kestrel.Limits.MaxRequestBodySize = _options.MaxRequestBodyBytes;
        kestrel.Limits.MaxRequestHeadersTotalSize = 256 * 1024;
        kestrel.Limits.MaxRequestLineSize = 64 * 1024;

        // Controllers and kubectl multiplex many watches over one HTTP/2 connection; upstream allows 1000 streams.
        kestrel.Limits.Http2.MaxStreamsPerConnection = 1000;
        kestrel.Limits.Http2.MaxRequestHeaderFieldSize = 64 * 1024;
        kestrel.Listen(_options.BindAddress, _options.Port, listen =>
        {
            listen.Protocols = HttpProtocols.Http1AndHttp2;
            listen.UseHttps(ConfigureHttps);
        });
    }

    private void ConfigureHttps(HttpsConnectionAdapterOptions https)
    {
        var authority = _options.ClientCertificateAuthority;

        // Name our CA in the handshake's certificate request, so clients (Go's TLS among them) pick the
        // certificate it issued; the chain itself is checked by the x509 authenticator, which answers 401
        // instead of failing the handshake, as upstream does.
        var context = SslStreamCertificateContext.Create(
            _options.ServingCertificate,
            new X509Certificate2Collection(authority),
            offline: true,
            trust: SslCertificateTrust.CreateForX509Collection(new X509Certificate2Collection(authority), sendTrustInHandshake: true));
        https.ServerCertificateChain = null;
        https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
        https.ClientCertificateValidation = (_, _, _) => true;
        https.OnAuthenticate = (_, ssl) =>
        {
            ssl.ServerCertificate = null;
            ssl.ServerCertificateContext = context;
        };
        https.ServerCertificate = _options.ServingCertificate;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "API server listening on {BindAddress}:{Port}")]
    private partial void LogListening(System.Net.IPAddress bindAddress, int port);
}
