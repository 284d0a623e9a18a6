namespace KubeSharp.Runtime;

/// <summary>CRI <c>ContainerStatsFilter</c>: every set field must match.</summary>
public sealed record ContainerStatsFilter
{
    public string Id { get; init; } = "";

    public string PodSandboxId { get; init; } = "";

    public IReadOnlyDictionary<string, string> LabelSelector { get; init; } = new Dictionary<string, string>();
}
