using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using KubeSharp.Client.Config;

namespace KubeSharp.Client.Rest;

/// <summary>
/// The socket transport for a <see cref="ClientConfig"/>: TLS with the configured CA (or the system's roots) and
/// client certificate, HTTP/2 when the server offers it, as client-go (watches share connections; more are
/// opened past the server's stream limit), with keep-alive pings to notice a dead connection.
/// </summary>
internal static class HttpTransport
{
    public static HttpMessageHandler Create(ClientConfig config)
    {
        var handler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            KeepAlivePingDelay = TimeSpan.FromSeconds(30),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(15),
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(90),
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
            ConnectTimeout = TimeSpan.FromSeconds(30),
            SslOptions = new SslClientAuthenticationOptions
            {
                TargetHost = config.TlsServerName,
                ClientCertificates = config.ClientCertificate is { } certificate ? [certificate] : null,
                RemoteCertificateValidationCallback = Validator(config),
            },
        };
        return handler;
    }

    private static RemoteCertificateValidationCallback? Validator(ClientConfig config)
    {
        if (config.Insecure)
        {
            // The user asked for it (insecure-skip-tls-verify), as kubectl allows.
#pragma warning disable CA5359
            return (_, _, _, _) => true;
#pragma warning restore CA5359
        }

        if (config.CertificateAuthorities is not { Count: > 0 } authorities)
        {
            return null;
        }

        return (_, certificate, _, errors) =>
        {
            // The host name must still match; only the chain is checked against our own roots.
            if ((errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None || certificate is null)
            {
                return false;
            }

            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            var leaf = certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            return chain.Build(leaf);
        };
    }
}
