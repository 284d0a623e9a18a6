namespace KubeSharp.Runtime;

/// <summary>CRI <c>ContainerStatusResponse</c>.</summary>
public sealed record ContainerStatusResponse
{
    public ContainerStatus Status { get; init; } = new();

    /// <summary>Debug information as JSON values (pid, bundle, runtime spec); only when verbose.</summary>
    public IReadOnlyDictionary<string, string> Info { get; init; } = new Dictionary<string, string>();
}
