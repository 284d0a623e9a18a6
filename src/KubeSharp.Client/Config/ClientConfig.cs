using System.Security.Cryptography.X509Certificates;

namespace KubeSharp.Client.Config;

/// <summary>
/// How to reach and authenticate to an API server (upstream's <c>rest.Config</c>). Build one from a kubeconfig
/// (<see cref="KubeconfigLoader"/>), from inside a pod (<see cref="InClusterConfig"/>), or directly.
/// </summary>
public sealed record ClientConfig
{
    /// <summary>client-go's default client-side rate: 5 requests a second…</summary>
    public const double DefaultQps = 5;

    /// <summary>…with bursts of 10.</summary>
    public const int DefaultBurst = 10;

    /// <summary>client-go's default number of retries of a request the server asked to retry (429/5xx with Retry-After).</summary>
    public const int DefaultMaxRetries = 10;

    /// <summary>The server's base URL, e.g. <c>https://127.0.0.1:6443</c>.</summary>
    public required Uri Host { get; init; }

    /// <summary>PEM certificates the server's certificate must chain to; null trusts the system's roots.</summary>
    public X509Certificate2Collection? CertificateAuthorities { get; init; }

    /// <summary>Skips server certificate verification (kubeconfig's insecure-skip-tls-verify). Only for tests.</summary>
    public bool Insecure { get; init; }

    /// <summary>The name the server certificate is checked against, when it differs from the host (tls-server-name).</summary>
    public string? TlsServerName { get; init; }

    /// <summary>The client certificate, with its private key, presented in the TLS handshake.</summary>
    public X509Certificate2? ClientCertificate { get; init; }

    /// <summary>A static bearer token.</summary>
    public string? BearerToken { get; init; }

    /// <summary>A file holding the bearer token, re-read every minute (service-account tokens are rotated).</summary>
    public string? BearerTokenFile { get; init; }

    /// <summary>HTTP basic authentication, when the kubeconfig carries username and password.</summary>
    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>The namespace of the kubeconfig context (or the pod's own namespace in-cluster); "default" when unset.</summary>
    public string Namespace { get; init; } = "default";

    /// <summary>Client-side rate limit in requests per second (0 disables). Default 5.</summary>
    public double Qps { get; init; } = DefaultQps;

    /// <summary>Client-side burst. Default 10.</summary>
    public int Burst { get; init; } = DefaultBurst;

    /// <summary>How often a request is retried when the server answers 429/5xx with Retry-After. Default 10.</summary>
    public int MaxRetries { get; init; } = DefaultMaxRetries;

    /// <summary>Timeout of a non-watch request; zero (the default, as upstream) means none.</summary>
    public TimeSpan Timeout { get; init; }

    /// <summary>The User-Agent header; by default <c>kubesharp/VERSION (linux/ARCH)</c>.</summary>
    public string? UserAgent { get; init; }

    /// <summary>
    /// Sends requests through this handler instead of a socket (an in-process transport or a test double). The
    /// TLS and credential settings above then apply only as headers.
    /// </summary>
    public HttpMessageHandler? Transport { get; init; }
}
