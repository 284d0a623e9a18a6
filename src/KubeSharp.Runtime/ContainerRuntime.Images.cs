namespace KubeSharp.Runtime;

/// <summary>CRI's ImageService, delegated to <see cref="ContainerRuntime.Images"/>.</summary>
public sealed partial class ContainerRuntime
{
    public Task<IReadOnlyList<Image>> ListImagesAsync(ImageFilter? filter = null, CancellationToken cancellationToken = default) =>
        Images.ListImagesAsync(filter, cancellationToken);

    public Task<ImageStatusResponse> ImageStatusAsync(ImageSpec image, bool verbose = false, CancellationToken cancellationToken = default) =>
        Images.ImageStatusAsync(image, verbose, cancellationToken);

    public Task<string> PullImageAsync(ImageSpec image, AuthConfig? auth = null, PodSandboxConfig? sandboxConfig = null, CancellationToken cancellationToken = default) =>
        Images.PullImageAsync(image, auth, sandboxConfig, cancellationToken);

    public Task RemoveImageAsync(ImageSpec image, CancellationToken cancellationToken = default) =>
        Images.RemoveImageAsync(image, cancellationToken);

    public Task<ImageFsInfoResponse> ImageFsInfoAsync(CancellationToken cancellationToken = default) =>
        Images.ImageFsInfoAsync(cancellationToken);
}
