namespace KubeSharp.Runtime;

/// <summary>CRI <c>Capability</c>: names without the <c>CAP_</c> prefix; <c>ALL</c> means every capability.</summary>
public sealed record Capability
{
    public IReadOnlyList<string> AddCapabilities { get; init; } = [];

    public IReadOnlyList<string> DropCapabilities { get; init; } = [];

    public IReadOnlyList<string> AddAmbientCapabilities { get; init; } = [];
}
