namespace KubeSharp.Client.Config;

/// <summary>A kubeconfig context: which cluster, which user, which namespace.</summary>
public sealed record KubeconfigContext
{
    public string? Cluster { get; init; }

    public string? User { get; init; }

    public string? Namespace { get; init; }
}
