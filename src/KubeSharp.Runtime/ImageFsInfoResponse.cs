namespace KubeSharp.Runtime;

/// <summary>CRI <c>ImageFsInfoResponse</c>.</summary>
public sealed record ImageFsInfoResponse
{
    public IReadOnlyList<FilesystemUsage> ImageFilesystems { get; init; } = [];

    public IReadOnlyList<FilesystemUsage> ContainerFilesystems { get; init; } = [];
}
