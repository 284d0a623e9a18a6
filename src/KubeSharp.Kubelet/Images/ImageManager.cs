using System.Globalization;
using KubeSharp.Api.Core.V1;
using KubeSharp.Client.Events;
using KubeSharp.Kubelet.Kuberuntime;
using KubeSharp.Runtime;
using Container = KubeSharp.Api.Core.V1.Container;

namespace KubeSharp.Kubelet.Images;

/// <summary>
/// upstream's image manager (pkg/kubelet/images/image_manager.go): applies imagePullPolicy, pulls with the pod's pull
/// secrets when needed, backs off failing pulls per pod and image (10 s doubling to 5 minutes), and records the
/// Pulling, Pulled, Failed, BackOff and ErrImageNeverPull events with upstream's messages.
/// </summary>
public sealed class ImageManager
{
    public const string ErrImagePull = "ErrImagePull";

    public const string ImagePullBackOff = "ImagePullBackOff";

    public const string ErrImageNeverPull = "ErrImageNeverPull";

    public const string InvalidImageName = "InvalidImageName";

    private readonly IImageService _images;
    private readonly IEventRecorder _recorder;
    private readonly TimeProvider _time;

    public ImageManager(IImageService images, IEventRecorder recorder, TimeProvider time)
    {
        _images = images;
        _recorder = recorder;
        _time = time;
        BackOff = new BackOff(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), time);
    }

    public BackOff BackOff { get; }

    /// <summary>Makes sure the container's image is present and returns its image reference.</summary>
    public async Task<string> EnsureImageExistsAsync(Pod pod, Container container, PodSandboxConfig sandbox, IReadOnlyList<AuthConfig> credentials, CancellationToken cancellationToken)
    {
        var image = container.Image ?? "";
        if (string.IsNullOrWhiteSpace(image))
        {
            throw new ImagePullException(InvalidImageName, $"Failed to apply default image tag \"{image}\": couldn't parse image name \"{image}\": invalid reference format");
        }

        var spec = new ImageSpec(image);
        var present = (await _images.ImageStatusAsync(spec, cancellationToken: cancellationToken).ConfigureAwait(false)).Image;
        var policy = container.ImagePullPolicy ?? (image.Contains('@', StringComparison.Ordinal) || (HasTag(image) && !image.EndsWith(":latest", StringComparison.Ordinal)) ? PullPolicy.IfNotPresent : PullPolicy.Always);
        var shouldPull = policy == PullPolicy.Always || (policy == PullPolicy.IfNotPresent && present is null);
        if (!shouldPull)
        {
            if (present is not null)
            {
                _recorder.Event(pod, EventTypes.Normal, "Pulled", $"Container image \"{image}\" already present on machine");
                return present.Id;
            }

            var message = $"Container image \"{image}\" is not present with pull policy of Never";
            _recorder.Event(pod, EventTypes.Warning, ErrImageNeverPull, message);
            throw new ImagePullException(ErrImageNeverPull, message);
        }

        var key = $"{pod.Metadata.Uid}_{image}";
        if (BackOff.IsInBackOffSinceUpdate(key))
        {
            var message = $"Back-off pulling image \"{image}\"";
            _recorder.Event(pod, EventTypes.Normal, "BackOff", message);
            throw new ImagePullException(ImagePullBackOff, message);
        }

        _recorder.Event(pod, EventTypes.Normal, "Pulling", $"Pulling image \"{image}\"");
        var started = _time.GetTimestamp();
        try
        {
            var reference = await PullAsync(spec, sandbox, credentials, cancellationToken).ConfigureAwait(false);
            var elapsed = _time.GetElapsedTime(started);
            var size = (await _images.ImageStatusAsync(spec, cancellationToken: cancellationToken).ConfigureAwait(false)).Image?.Size ?? 0;
            _recorder.Event(
                pod,
                EventTypes.Normal,
                "Pulled",
                $"Successfully pulled image \"{image}\" in {GoDuration(elapsed)} ({GoDuration(elapsed)} including waiting). Image size: {size.ToString(CultureInfo.InvariantCulture)} bytes.");
            return reference;
        }
        catch (RuntimeException error)
        {
            _recorder.Event(pod, EventTypes.Warning, "Failed", $"Failed to pull image \"{image}\": {error.Message}");
            BackOff.Next(key, _time.GetUtcNow());
            throw new ImagePullException(ErrImagePull, error.Message);
        }
    }

    private async Task<string> PullAsync(ImageSpec spec, PodSandboxConfig sandbox, IReadOnlyList<AuthConfig> credentials, CancellationToken cancellationToken)
    {
        // As upstream: each matching credential in turn, then anonymously; the last error is the one reported.
        RuntimeException? last = null;
        foreach (var auth in credentials)
        {
            try
            {
                return await _images.PullImageAsync(spec, auth, sandbox, cancellationToken).ConfigureAwait(false);
            }
            catch (RuntimeException error)
            {
                last = error;
            }
        }

        if (credentials.Count > 0 && last is not null)
        {
            throw last;
        }

        return await _images.PullImageAsync(spec, null, sandbox, cancellationToken).ConfigureAwait(false);
    }

    private static bool HasTag(string image)
    {
        var slash = image.LastIndexOf('/');
        return image.IndexOf(':', slash + 1) > 0;
    }

    /// <summary>A duration as Go's time.Duration prints it truncated to milliseconds (1.234s, 250ms).</summary>
    public static string GoDuration(TimeSpan duration)
    {
        var ms = (long)duration.TotalMilliseconds;
        if (ms < 1000)
        {
            return ms.ToString(CultureInfo.InvariantCulture) + "ms";
        }

        if (ms < 60_000)
        {
            return (ms / 1000m).ToString("0.###", CultureInfo.InvariantCulture) + "s";
        }

        var minutes = ms / 60_000;
        var seconds = (ms % 60_000) / 1000m;
        return $"{minutes.ToString(CultureInfo.InvariantCulture)}m{seconds.ToString("0.###", CultureInfo.InvariantCulture)}s";
    }
}
