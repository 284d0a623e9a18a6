namespace KubeSharp.Runtime;

/// <summary>CRI <c>Container</c>: the summary returned by ListContainers.</summary>
public sealed record Container
{
    public string Id { get; init; } = "";

    public string PodSandboxId { get; init; } = "";

    public ContainerMetadata Metadata { get; init; } = new();

    public ImageSpec Image { get; init; } = new();

    /// <summary>Digested reference of the image in use.</summary>
    public string ImageRef { get; init; } = "";

    /// <summary>The image ID (config digest), as the image service reports it.</summary>
    public string ImageId { get; init; } = "";

    public ContainerState State { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>();
}
