namespace KubeSharp.Client.Config;

/// <summary>
/// A kubeconfig file's content (upstream's <c>clientcmdapi.Config</c>): named clusters, users and contexts, and
/// the current context. File paths inside are already resolved against the file's directory.
/// </summary>
public sealed record Kubeconfig
{
    public IReadOnlyDictionary<string, KubeconfigCluster> Clusters { get; init; } = new Dictionary<string, KubeconfigCluster>();

    public IReadOnlyDictionary<string, KubeconfigUser> Users { get; init; } = new Dictionary<string, KubeconfigUser>();

    public IReadOnlyDictionary<string, KubeconfigContext> Contexts { get; init; } = new Dictionary<string, KubeconfigContext>();

    public string? CurrentContext { get; init; }
}
