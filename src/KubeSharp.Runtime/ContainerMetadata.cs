namespace KubeSharp.Runtime;

/// <summary>CRI <c>ContainerMetadata</c>: (name, attempt) is unique within a sandbox for its whole lifetime.</summary>
public sealed record ContainerMetadata
{
    public string Name { get; init; } = "";

    public uint Attempt { get; init; }
}
