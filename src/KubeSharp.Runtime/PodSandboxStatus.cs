namespace KubeSharp.Runtime;

/// <summary>CRI <c>PodSandboxStatus</c>.</summary>
public sealed record PodSandboxStatus
{
    public string Id { get; init; } = "";

    public PodSandboxMetadata Metadata { get; init; } = new();

    public PodSandboxState State { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public PodSandboxNetworkStatus? Network { get; init; }

    /// <summary>The namespace modes the sandbox was created with (CRI <c>linux.namespaces.options</c>).</summary>
    public NamespaceOption? NamespaceOptions { get; init; }

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>();

    public string RuntimeHandler { get; init; } = "";
}
