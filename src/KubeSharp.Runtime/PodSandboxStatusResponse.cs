namespace KubeSharp.Runtime;

/// <summary>CRI <c>PodSandboxStatusResponse</c>.</summary>
public sealed record PodSandboxStatusResponse
{
    public PodSandboxStatus Status { get; init; } = new();

    /// <summary>Debug information as JSON values (network namespace path, infra PID); only when verbose.</summary>
    public IReadOnlyDictionary<string, string> Info { get; init; } = new Dictionary<string, string>();
}
