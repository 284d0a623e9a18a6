namespace KubeSharp.Runtime;

/// <summary>CRI <c>ContainerFilter</c>: every set field must match.</summary>
public sealed record ContainerFilter
{
    public string Id { get; init; } = "";

    public ContainerState? State { get; init; }

    public string PodSandboxId { get; init; } = "";

    public IReadOnlyDictionary<string, string> LabelSelector { get; init; } = new Dictionary<string, string>();
}
