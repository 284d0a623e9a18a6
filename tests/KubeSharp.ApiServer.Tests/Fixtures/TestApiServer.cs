using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using KubeSharp.Server.Pki;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.ApiServer.Tests.Fixtures;

/// <summary>
/// An in-process API server on 127.0.0.1:0 with freshly generated certificates, and HTTP clients that present
/// the admin certificate, no certificate, or a bearer token.
/// </summary>
public sealed class TestApiServer : IAsyncDisposable
{
    private readonly string _directory;
    private readonly List<HttpClient> _clients = [];

    private TestApiServer(string directory, ClusterCertificates certificates, ApiServer server)
    {
        _directory = directory;
        Certificates = certificates;
        Server = server;
    }

    public ClusterCertificates Certificates { get; }

    public ApiServer Server { get; }

    public Uri Address => Server.Address!;

    /// <summary>A server serving every kind of the default scheme from an in-memory datastore.</summary>
    public static async Task<TestApiServer> StartWithResourcesAsync(Action<ApiServer>? configure = null)
    {
        var storage = new KubeSharp.Storage.Memory.MemoryStorage();
        var server = await StartAsync(configure: api =>
        {
            api.InstallResources(storage, KubeSharp.Api.Scheme.KubeScheme.Default);
            configure?.Invoke(api);
        });
        server.Storage = storage;
        return server;
    }

    /// <summary>The datastore, when the server serves resources.</summary>
    public KubeSharp.Storage.IStorage? Storage { get; private set; }

    public static async Task<TestApiServer> StartAsync(string? tokenFileContents = null, Action<ApiServer>? configure = null)
    {
        var directory = Directory.CreateTempSubdirectory("kubesharp-apiserver-test-").FullName;
        var certificates = ClusterCertificates.LoadOrCreate(
            Path.Combine(directory, "tls"),
            new ServingNames(["localhost"], [IPAddress.Loopback]),
            TimeProvider.System);
        string? tokenFile = null;
        if (tokenFileContents is not null)
        {
            tokenFile = Path.Combine(directory, "tokens.csv");
            await File.WriteAllTextAsync(tokenFile, tokenFileContents);
        }

        var server = new ApiServer(
            new ApiServerOptions
            {
                BindAddress = IPAddress.Loopback,
                Port = 0,
                ServingCertificate = certificates.Serving,
                ClientCertificateAuthority = certificates.Authority.Certificate,
                TokenAuthFile = tokenFile,
            },
            NullLoggerFactory.Instance,
            TimeProvider.System);
        configure?.Invoke(server);
        await server.StartAsync(CancellationToken.None);
        return new TestApiServer(directory, certificates, server);
    }

    /// <summary>A client that trusts the cluster CA and presents <paramref name="clientCertificate"/> (if any).</summary>
    public HttpClient Client(X509Certificate2? clientCertificate = null, string? bearerToken = null, Version? httpVersion = null)
    {
        var authority = Certificates.Authority.Certificate;
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                ClientCertificates = clientCertificate is null ? null : new X509CertificateCollection { clientCertificate },
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                {
                    using var chain = new X509Chain();
                    chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                    chain.ChainPolicy.CustomTrustStore.Add(authority);
                    chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                    return certificate is X509Certificate2 leaf && chain.Build(leaf);
                },
            },
        };
        var client = new HttpClient(handler) { BaseAddress = Address };
        if (httpVersion is not null)
        {
            client.DefaultRequestVersion = httpVersion;
            client.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;
        }

        if (bearerToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearerToken);
        }

        _clients.Add(client);
        return client;
    }

    /// <summary>A client presenting the admin certificate (system:admin, system:masters).</summary>
    public HttpClient AdminClient(Version? httpVersion = null) => Client(Certificates.AdminClient, httpVersion: httpVersion);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await Server.DisposeAsync();
        if (Storage is not null)
        {
            await Storage.DisposeAsync();
        }

        Certificates.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
