namespace KubeSharp.Runtime;

/// <summary>
/// The image half of the Container Runtime Interface: CRI's <c>ImageService</c> (kubernetes/cri-api
/// pkg/apis/runtime/v1/api.proto).
/// </summary>
public interface IImageService
{
    /// <summary>Images known to the runtime, optionally only those matching the filter's image.</summary>
    Task<IReadOnlyList<Image>> ListImagesAsync(ImageFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>The image's status; <see cref="ImageStatusResponse.Image"/> is null when the image is not present.</summary>
    Task<ImageStatusResponse> ImageStatusAsync(ImageSpec image, bool verbose = false, CancellationToken cancellationToken = default);

    /// <summary>Pulls the image (with credentials when given) and returns its image reference (the image ID).</summary>
    Task<string> PullImageAsync(ImageSpec image, AuthConfig? auth = null, PodSandboxConfig? sandboxConfig = null, CancellationToken cancellationToken = default);

    /// <summary>Removes the image. Idempotent: removing an absent image succeeds.</summary>
    Task RemoveImageAsync(ImageSpec image, CancellationToken cancellationToken = default);

    /// <summary>Usage of the filesystem that holds images.</summary>
    Task<ImageFsInfoResponse> ImageFsInfoAsync(CancellationToken cancellationToken = default);
}
