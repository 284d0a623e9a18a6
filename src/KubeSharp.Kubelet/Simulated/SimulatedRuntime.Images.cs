using KubeSharp.Runtime;

namespace KubeSharp.Kubelet.Simulated;

public sealed partial class SimulatedRuntime
{
    private readonly Dictionary<string, Image> _images = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<Image>> ListImagesAsync(ImageFilter? filter = null, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<Image> result = filter?.Image is { } spec
                ? _images.TryGetValue(spec.Image, out var one) ? [one] : []
                : [.. _images.Values];
            return Task.FromResult(result);
        }
    }

    public Task<ImageStatusResponse> ImageStatusAsync(ImageSpec image, bool verbose = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        lock (_lock)
        {
            return Task.FromResult(new ImageStatusResponse { Image = _images.GetValueOrDefault(image.Image) });
        }
    }

    /// <summary>"Pulls" at once: any reference is accepted, as kwok's nodes accept any image.</summary>
    public Task<string> PullImageAsync(ImageSpec image, AuthConfig? auth = null, PodSandboxConfig? sandboxConfig = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (string.IsNullOrWhiteSpace(image.Image))
        {
            throw RuntimeException.InvalidArgument("an image reference is required");
        }

        var id = ImageId(image.Image);
        lock (_lock)
        {
            _images.TryAdd(image.Image, new Image { Id = id, RepoTags = [image.Image], Spec = image });
        }

        return Task.FromResult(id);
    }

    public Task RemoveImageAsync(ImageSpec image, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        lock (_lock)
        {
            _images.Remove(image.Image);
        }

        return Task.CompletedTask;
    }

    public Task<ImageFsInfoResponse> ImageFsInfoAsync(CancellationToken cancellationToken = default)
    {
        var usage = new FilesystemUsage { Timestamp = _time.GetUtcNow(), Mountpoint = "/simulated", UsedBytes = 0, InodesUsed = 0 };
        return Task.FromResult(new ImageFsInfoResponse { ImageFilesystems = [usage], ContainerFilesystems = [usage] });
    }
}
