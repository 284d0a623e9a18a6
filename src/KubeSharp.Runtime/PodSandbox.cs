namespace KubeSharp.Runtime;

/// <summary>CRI <c>PodSandbox</c>: the summary returned by ListPodSandbox.</summary>
public sealed record PodSandbox
{
    public string Id { get; init; } = "";

    public PodSandboxMetadata Metadata { get; init; } = new();

    public PodSandboxState State { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>();

    public string RuntimeHandler { get; init; } = "";
}
