using System.Security.Cryptography.X509Certificates;

namespace KubeSharp.Client.Config;

/// <summary>
/// The configuration of a client running in a pod (upstream's <c>rest.InClusterConfig</c>): the API server from
/// <c>KUBERNETES_SERVICE_HOST</c>/<c>KUBERNETES_SERVICE_PORT</c>, the service-account token (re-read as it rotates)
/// and CA mounted at <c>/var/run/secrets/kubernetes.io/serviceaccount</c>, and the pod's namespace.
/// </summary>
public static class InClusterConfig
{
    /// <summary>Where the kubelet mounts the service-account token, CA and namespace.</summary>
    public const string ServiceAccountDirectory = "/var/run/secrets/kubernetes.io/serviceaccount";

    /// <summary>True when the service environment variables are set, as inside a pod.</summary>
    public static bool IsInCluster(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        return !string.IsNullOrEmpty(environment("KUBERNETES_SERVICE_HOST")) && !string.IsNullOrEmpty(environment("KUBERNETES_SERVICE_PORT"));
    }

    /// <summary>Builds the configuration; <paramref name="directory"/> and <paramref name="environment"/> are for tests.</summary>
    public static ClientConfig Load(string directory = ServiceAccountDirectory, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var host = environment("KUBERNETES_SERVICE_HOST");
        var port = environment("KUBERNETES_SERVICE_PORT");
        if (string.IsNullOrEmpty(host) || string.IsNullOrEmpty(port))
        {
            throw new KubeconfigException("unable to load in-cluster configuration, KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined");
        }

        var tokenFile = Path.Combine(directory, "token");
        if (!File.Exists(tokenFile))
        {
            throw new KubeconfigException($"unable to load in-cluster configuration: open {tokenFile}: no such file or directory");
        }

        var caFile = Path.Combine(directory, "ca.crt");
        X509Certificate2Collection? authorities = null;
        if (File.Exists(caFile))
        {
            authorities = [];
            authorities.ImportFromPemFile(caFile);
        }

        var namespaceFile = Path.Combine(directory, "namespace");
        var ns = File.Exists(namespaceFile) ? File.ReadAllText(namespaceFile).Trim() : "";

        // An IPv6 service host needs brackets in the URL (upstream uses net.JoinHostPort).
        var hostPart = host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]" : host;
        return new ClientConfig
        {
            Host = new Uri($"https://{hostPart}:{port}"),
            CertificateAuthorities = authorities,
            BearerToken = File.ReadAllText(tokenFile).Trim(),
            BearerTokenFile = tokenFile,
            Namespace = ns.Length > 0 ? ns : "default",
        };
    }
}
