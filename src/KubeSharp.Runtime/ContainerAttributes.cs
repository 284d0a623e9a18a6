namespace KubeSharp.Runtime;

/// <summary>CRI <c>ContainerAttributes</c>: which container a stats sample belongs to.</summary>
public sealed record ContainerAttributes
{
    public string Id { get; init; } = "";

    public ContainerMetadata Metadata { get; init; } = new();

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>();
}
