using System.Security.Cryptography.X509Certificates;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KubeSharp.Client.Config;

/// <summary>
/// Reads kubeconfig files and turns a context into a <see cref="ClientConfig"/>, with client-go's loading rules
/// (clientcmd): an explicit path, else every file of <c>$KUBECONFIG</c> merged (the first file to define a name or
/// the current context wins), else <c>~/.kube/config</c>.
/// </summary>
public static class KubeconfigLoader
{
    /// <summary>
    /// The configuration a program gets without flags (upstream's BuildConfigFromFlags("", "")): the kubeconfig
    /// from the loading rules when there is one, else the in-cluster configuration.
    /// </summary>
    public static ClientConfig LoadDefault(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var paths = DefaultPaths(environment).Where(File.Exists).ToList();
        if (paths.Count == 0 && InClusterConfig.IsInCluster(environment))
        {
            return InClusterConfig.Load(environment: environment);
        }

        return Load(null, null, environment);
    }

    /// <summary>Loads <paramref name="path"/> (or the loading rules' files) and builds the config of <paramref name="context"/> (or the current one).</summary>
    public static ClientConfig Load(string? path = null, string? context = null, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        Kubeconfig config;
        if (path is not null)
        {
            config = ReadFile(path);
        }
        else
        {
            var files = DefaultPaths(environment).Where(File.Exists).Select(ReadFile).ToList();
            if (files.Count == 0)
            {
                throw new KubeconfigException("invalid configuration: no configuration has been provided, try setting KUBERNETES_MASTER environment variable");
            }

            config = Merge(files);
        }

        return ToClientConfig(config, context);
    }

    /// <summary>The files the loading rules consider: each of <c>$KUBECONFIG</c>, or <c>~/.kube/config</c>.</summary>
    public static IReadOnlyList<string> DefaultPaths(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment("KUBECONFIG") is { Length: > 0 } list)
        {
            return [.. list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];
        }

        var home = environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return [Path.Combine(home, ".kube", "config")];
    }

    public static Kubeconfig ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException error)
        {
            throw new KubeconfigException($"error loading config file \"{path}\": {error.Message}", error);
        }

        return Parse(text, Path.GetDirectoryName(Path.GetFullPath(path)) ?? "/", path);
    }

    /// <summary>Parses kubeconfig YAML (or JSON); relative file paths are resolved against <paramref name="baseDirectory"/>.</summary>
    public static Kubeconfig Parse(string text, string baseDirectory, string source = "kubeconfig")
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException error)
        {
            throw new KubeconfigException($"error loading config file \"{source}\": {error.Message}", error);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return new Kubeconfig();
        }

        var clusters = new Dictionary<string, KubeconfigCluster>(StringComparer.Ordinal);
        foreach (var (name, body) in NamedEntries(root, "clusters", "cluster", source))
        {
            clusters[name] = new KubeconfigCluster
            {
                Server = Scalar(body, "server"),
                CertificateAuthority = ResolvePath(Scalar(body, "certificate-authority"), baseDirectory),
                CertificateAuthorityData = Base64(body, "certificate-authority-data", source),
                InsecureSkipTlsVerify = Scalar(body, "insecure-skip-tls-verify") is "true" or "True",
                TlsServerName = Scalar(body, "tls-server-name"),
            };
        }

        var users = new Dictionary<string, KubeconfigUser>(StringComparer.Ordinal);
        foreach (var (name, body) in NamedEntries(root, "users", "user", source))
        {
            users[name] = new KubeconfigUser
            {
                ClientCertificate = ResolvePath(Scalar(body, "client-certificate"), baseDirectory),
                ClientCertificateData = Base64(body, "client-certificate-data", source),
                ClientKey = ResolvePath(Scalar(body, "client-key"), baseDirectory),
                ClientKeyData = Base64(body, "client-key-data", source),
                Token = Scalar(body, "token"),
                TokenFile = ResolvePath(Scalar(body, "tokenFile"), baseDirectory),
                Username = Scalar(body, "username"),
                Password = Scalar(body, "password"),
                UnsupportedAuth = body.Children.ContainsKey("exec") ? "exec" : body.Children.ContainsKey("auth-provider") ? "auth-provider" : null,
            };
        }

        var contexts = new Dictionary<string, KubeconfigContext>(StringComparer.Ordinal);
        foreach (var (name, body) in NamedEntries(root, "contexts", "context", source))
        {
            contexts[name] = new KubeconfigContext
            {
                Cluster = Scalar(body, "cluster"),
                User = Scalar(body, "user"),
                Namespace = Scalar(body, "namespace"),
            };
        }

        return new Kubeconfig { Clusters = clusters, Users = users, Contexts = contexts, CurrentContext = Scalar(root, "current-context") };
    }

    /// <summary>Merges files as clientcmd does: for every name, and for the current context, the first file that sets it wins.</summary>
    public static Kubeconfig Merge(IEnumerable<Kubeconfig> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var clusters = new Dictionary<string, KubeconfigCluster>(StringComparer.Ordinal);
        var users = new Dictionary<string, KubeconfigUser>(StringComparer.Ordinal);
        var contexts = new Dictionary<string, KubeconfigContext>(StringComparer.Ordinal);
        string? current = null;
        foreach (var file in files)
        {
            foreach (var (name, value) in file.Clusters)
            {
                clusters.TryAdd(name, value);
            }

            foreach (var (name, value) in file.Users)
            {
                users.TryAdd(name, value);
            }

            foreach (var (name, value) in file.Contexts)
            {
                contexts.TryAdd(name, value);
            }

            if (string.IsNullOrEmpty(current))
            {
                current = file.CurrentContext;
            }
        }

        return new Kubeconfig { Clusters = clusters, Users = users, Contexts = contexts, CurrentContext = current };
    }

    /// <summary>The client configuration of <paramref name="contextName"/>, or of the current context.</summary>
    public static ClientConfig ToClientConfig(Kubeconfig config, string? contextName = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var name = string.IsNullOrEmpty(contextName) ? config.CurrentContext : contextName;
        if (string.IsNullOrEmpty(name))
        {
            throw new KubeconfigException("invalid configuration: no current context is set");
        }

        if (!config.Contexts.TryGetValue(name, out var context))
        {
            throw new KubeconfigException($"context was not found for specified context: {name}");
        }

        if (context.Cluster is null || !config.Clusters.TryGetValue(context.Cluster, out var cluster))
        {
            throw new KubeconfigException($"cluster \"{context.Cluster}\" of context \"{name}\" was not found");
        }

        if (string.IsNullOrEmpty(cluster.Server) || !Uri.TryCreate(cluster.Server, UriKind.Absolute, out var server))
        {
            throw new KubeconfigException($"invalid configuration: cluster \"{context.Cluster}\" has no valid server (got \"{cluster.Server}\")");
        }

        var user = context.User is not null && config.Users.TryGetValue(context.User, out var found) ? found : new KubeconfigUser();
        if (user.UnsupportedAuth is { } unsupported)
        {
            throw new KubeconfigException($"user \"{context.User}\" uses an {unsupported} credential plugin, which KubeSharp's client does not run; use a client certificate or a token");
        }

        return new ClientConfig
        {
            Host = server,
            CertificateAuthorities = LoadAuthorities(cluster),
            Insecure = cluster.InsecureSkipTlsVerify,
            TlsServerName = cluster.TlsServerName,
            ClientCertificate = LoadClientCertificate(user, context.User ?? ""),
            BearerToken = user.Token ?? (user.TokenFile is { } tokenFile ? ReadToken(tokenFile) : null),
            BearerTokenFile = user.Token is null ? user.TokenFile : null,
            Username = user.Username,
            Password = user.Password,
            Namespace = string.IsNullOrEmpty(context.Namespace) ? "default" : context.Namespace,
        };
    }

    private static X509Certificate2Collection? LoadAuthorities(KubeconfigCluster cluster)
    {
        string? pem = cluster.CertificateAuthorityData is { } data ? Encoding.ASCII.GetString(data)
            : cluster.CertificateAuthority is { } file ? ReadText(file, "certificate-authority")
            : null;
        if (pem is null)
        {
            return null;
        }

        var authorities = new X509Certificate2Collection();
        try
        {
            authorities.ImportFromPem(pem);
        }
        catch (System.Security.Cryptography.CryptographicException error)
        {
            throw new KubeconfigException($"unable to read certificate-authority: {error.Message}", error);
        }

        if (authorities.Count == 0)
        {
            throw new KubeconfigException("unable to read certificate-authority: no PEM certificate found");
        }

        return authorities;
    }

    private static X509Certificate2? LoadClientCertificate(KubeconfigUser user, string userName)
    {
        var certificate = user.ClientCertificateData is { } certData ? Encoding.ASCII.GetString(certData)
            : user.ClientCertificate is { } certFile ? ReadText(certFile, "client-certificate")
            : null;
        var key = user.ClientKeyData is { } keyData ? Encoding.ASCII.GetString(keyData)
            : user.ClientKey is { } keyFile ? ReadText(keyFile, "client-key")
            : null;
        if (certificate is null && key is null)
        {
            return null;
        }

        if (certificate is null || key is null)
        {
            throw new KubeconfigException($"user \"{userName}\": client-certificate and client-key must be given together");
        }

        try
        {
            return X509Certificate2.CreateFromPem(certificate, key);
        }
        catch (System.Security.Cryptography.CryptographicException error)
        {
            throw new KubeconfigException($"user \"{userName}\": unable to load the client certificate and key: {error.Message}", error);
        }
    }

    private static string ReadToken(string path)
    {
        var token = ReadText(path, "tokenFile").Trim();
        return token;
    }

    private static string ReadText(string path, string field)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException error)
        {
            throw new KubeconfigException($"unable to read {field} {path}: {error.Message}", error);
        }
        catch (UnauthorizedAccessException error)
        {
            throw new KubeconfigException($"unable to read {field} {path}: {error.Message}", error);
        }
    }

    private static IEnumerable<(string Name, YamlMappingNode Body)> NamedEntries(YamlMappingNode root, string listKey, string bodyKey, string source)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(listKey), out var node) || node is not YamlSequenceNode sequence)
        {
            yield break;
        }

        foreach (var entry in sequence)
        {
            if (entry is not YamlMappingNode mapping || Scalar(mapping, "name") is not { Length: > 0 } name)
            {
                throw new KubeconfigException($"error loading config file \"{source}\": every entry of {listKey} needs a name");
            }

            var body = mapping.Children.TryGetValue(new YamlScalarNode(bodyKey), out var value) && value is YamlMappingNode map ? map : new YamlMappingNode();
            yield return (name, body);
        }
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar && !string.IsNullOrEmpty(scalar.Value) ? scalar.Value : null;

    private static byte[]? Base64(YamlMappingNode node, string key, string source)
    {
        if (Scalar(node, key) is not { } text)
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException error)
        {
            throw new KubeconfigException($"error loading config file \"{source}\": {key} is not valid base64", error);
        }
    }

    private static string? ResolvePath(string? path, string baseDirectory) =>
        path is null ? null : Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(baseDirectory, path));
}
