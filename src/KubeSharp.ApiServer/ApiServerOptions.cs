using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace KubeSharp.ApiServer;

/// <summary>How the API server listens and whom it trusts. Validated by the composition root.</summary>
public sealed record ApiServerOptions
{
    /// <summary>Upstream's default <c>--max-request-body-bytes</c>: 3 MiB.</summary>
    public const long DefaultMaxRequestBodyBytes = 3 * 1024 * 1024;

    /// <summary>The address to listen on. Default loopback, which in-process tests want.</summary>
    public IPAddress BindAddress { get; init; } = IPAddress.Loopback;

    /// <summary>The HTTPS port; 0 picks a free one (read it back from <see cref="ApiServer.Address"/>).</summary>
    public int Port { get; init; }

    /// <summary>The serving certificate, with its private key.</summary>
    public required X509Certificate2 ServingCertificate { get; init; }

    /// <summary>The CA that client certificates must chain to; its name is sent in the TLS handshake.</summary>
    public required X509Certificate2 ClientCertificateAuthority { get; init; }

    /// <summary>A static token file (<c>--token-auth-file</c>); null for none.</summary>
    public string? TokenAuthFile { get; init; }

    /// <summary>Requests with a larger body are rejected with 413. Default 3 MiB.</summary>
    public long MaxRequestBodyBytes { get; init; } = DefaultMaxRequestBodyBytes;
}
