namespace KubeSharp.Runtime;

/// <summary>CRI <c>ContainerStats</c>.</summary>
public sealed record ContainerStats
{
    public ContainerAttributes Attributes { get; init; } = new();

    public CpuUsage? Cpu { get; init; }

    public MemoryUsage? Memory { get; init; }

    public FilesystemUsage? WritableLayer { get; init; }
}
