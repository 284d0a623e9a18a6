using System.Text;
using System.Text.Json;
using KubeSharp.Runtime.Internal;
using KubeSharp.Runtime.Internal.Native;
using KubeSharp.Runtime.Snapshots;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Runtime.Images;

/// <summary>
/// CRI's ImageService over a content store, shared overlay snapshots and an image record store: pulls from
/// registries (and mirrors), lists, inspects, removes with garbage collection of unreferenced content, imports
/// OCI layouts and <c>docker save</c> archives, and frees disk by the kubelet's threshold policy.
/// </summary>
public sealed partial class ImageService : IImageService, IDisposable
{
    private readonly ImageServiceOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ImageService> _logger;
    private readonly RegistryClient _registry;
    private readonly ImageIngester _ingester;
    private readonly KeyedLock _pulls = new();
    private readonly SemaphoreSlim _gc = new(1, 1);

    public ImageService(ImageServiceOptions options, TimeProvider time, ILoggerFactory loggers)
    {
        _options = options;
        _time = time;
        _logger = loggers.CreateLogger<ImageService>();
        Content = new ContentStore(Path.Combine(options.Root, "content"));
        Snapshots = new SnapshotStore(options.Root);
        Images = new ImageStore(Path.Combine(options.Root, "images"));
        _registry = new RegistryClient(options.Registries, time, _logger);
        _ingester = new ImageIngester(Content, Snapshots, options.Platform);
    }

    public ContentStore Content { get; }

    public SnapshotStore Snapshots { get; }

    public ImageStore Images { get; }

    /// <summary>Chain IDs used by containers, which garbage collection must keep even after their image is removed.</summary>
    public Func<IEnumerable<string>> SnapshotsInUse { get; set; } = () => [];

    public Task<IReadOnlyList<Image>> ListImagesAsync(ImageFilter? filter = null, CancellationToken cancellationToken = default)
    {
        if (filter?.Image is { Image.Length: > 0 } spec)
        {
            var one = Images.Resolve(spec.Image);
            return Task.FromResult<IReadOnlyList<Image>>(one is null ? [] : [ToImage(one)]);
        }

        return Task.FromResult<IReadOnlyList<Image>>([.. Images.List().OrderBy(i => (i.RepoTags.Count > 0 ? i.RepoTags[0] : "~" + i.Id), StringComparer.Ordinal).Select(ToImage)]);
    }

    public Task<ImageStatusResponse> ImageStatusAsync(ImageSpec image, bool verbose = false, CancellationToken cancellationToken = default)
    {
        ValidateSpec(image);
        var record = Images.Resolve(image.Image);
        if (record is null)
        {
            return Task.FromResult(new ImageStatusResponse());
        }

        var info = new Dictionary<string, string>();
        if (verbose)
        {
            info["info"] = JsonSerializer.Serialize(record.Config, RuntimeJsonContext.Default.OciImageConfig);
        }

        return Task.FromResult(new ImageStatusResponse { Image = ToImage(record), Info = info });
    }

    public async Task<string> PullImageAsync(ImageSpec image, AuthConfig? auth = null, PodSandboxConfig? sandboxConfig = null, CancellationToken cancellationToken = default)
    {
        ValidateSpec(image);
        var reference = ImageReference.Parse(image.Image);
        using var held = await _pulls.AcquireAsync(reference.ToString(), cancellationToken).ConfigureAwait(false);
        var name = reference.ToString();
        LogPulling(_logger, name);

        RuntimeException? last = null;
        foreach (var endpoint in _registry.EndpointsFor(reference.Domain))
        {
            try
            {
                var credentials = _registry.CredentialsFor(endpoint, reference.Domain, auth);
                var root = await _registry.GetManifestAsync(endpoint, reference.Path, reference.ManifestReference, credentials, cancellationToken).ConfigureAwait(false);
                if (reference.Digest is { } wanted && root.Digest != wanted)
                {
                    throw new RuntimeException(RuntimeErrorCode.Unknown, $"{reference}: the registry served content with digest {root.Digest}");
                }

                var source = new RegistryImageSource(_registry, endpoint, reference.Path, credentials);
                var record = await _ingester.IngestAsync(source, root, cancellationToken).ConfigureAwait(false);
                record = Images.Put(record with
                {
                    RepoTags = reference.Digest is null && reference.TaggedName is { } tagged ? [tagged] : [],
                    RepoDigests = [reference.WithDigest(root.Digest)],
                    LastUsed = _time.GetUtcNow(),
                });
                LogPulled(_logger, name, record.Id, endpoint.Host);
                return record.Id;
            }
            catch (RuntimeException e) when (endpoint.IsMirror && e.Code is RuntimeErrorCode.Unavailable or RuntimeErrorCode.NotFound or RuntimeErrorCode.Unauthenticated)
            {
                // As containerd: a failing mirror hands over to the next endpoint, ending with the registry itself.
                LogMirrorFailed(_logger, endpoint.Host, name, e.Message);
                last = e;
            }
        }

        throw last ?? new RuntimeException(RuntimeErrorCode.Unavailable, $"no endpoint for {reference.Domain}");
    }

    public async Task RemoveImageAsync(ImageSpec image, CancellationToken cancellationToken = default)
    {
        ValidateSpec(image);
        var record = Images.Resolve(image.Image);
        if (record is null)
        {
            return;
        }

        // Removing by one of several names drops that name only, as containerd deletes one image name.
        if (ImageReference.TryParse(image.Image, out var reference, out _) && !image.Image.StartsWith(Digests.Sha256Prefix, StringComparison.Ordinal))
        {
            var name = reference.Digest is { } d ? reference.WithDigest(d) : reference.TaggedName!;
            var remainingTags = record.RepoTags.Where(t => t != name).ToList();
            var remainingDigests = record.RepoDigests.Where(t => t != name).ToList();
            if (remainingTags.Count > 0 && (record.RepoTags.Contains(name) || record.RepoDigests.Contains(name)))
            {
                Images.Update(record with { RepoTags = remainingTags, RepoDigests = remainingDigests });
                return;
            }
        }

        Images.Remove(record.Id);
        LogRemoved(_logger, record.Id);
        await CollectUnreferencedAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<ImageFsInfoResponse> ImageFsInfoAsync(CancellationToken cancellationToken = default)
    {
        ulong used = 0, inodes = 0;
        foreach (var directory in new[] { Content.Root, Path.Combine(Snapshots.Root, "snapshots") })
        {
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true }))
            {
                inodes++;
                if (entry is FileInfo { LinkTarget: null } file)
                {
                    used += (ulong)file.Length;
                }
            }
        }

        var usage = new FilesystemUsage
        {
            Timestamp = _time.GetUtcNow(),
            Mountpoint = Path.Combine(Snapshots.Root, "snapshots"),
            UsedBytes = used,
            InodesUsed = inodes,
        };
        return Task.FromResult(new ImageFsInfoResponse { ImageFilesystems = [usage] });
    }

    /// <summary>Marks an image used now (least-recently-used images go first when disk runs low).</summary>
    public void Touch(string imageId)
    {
        if (Images.Get(imageId) is { } record)
        {
            Images.Update(record with { LastUsed = _time.GetUtcNow() });
        }
    }

    /// <summary>
    /// Deletes blobs and snapshots that no image and no container references. Runs after every removal.
    /// </summary>
    public async Task CollectUnreferencedAsync(CancellationToken cancellationToken = default)
    {
        await _gc.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var images = Images.List();
            var blobs = images.SelectMany(i => i.Blobs).ToHashSet(StringComparer.Ordinal);
            var chains = images.SelectMany(i => i.ChainIds).Concat(SnapshotsInUse()).ToHashSet(StringComparer.Ordinal);
            foreach (var digest in Content.List().Where(d => !blobs.Contains(d)).ToList())
            {
                Content.Delete(digest);
            }

            Snapshots.Prune(chains);
        }
        finally
        {
            _gc.Release();
        }
    }

    /// <summary>
    /// The kubelet's image GC policy (pkg/kubelet/images/image_gc_manager.go): when the image filesystem is at
    /// least <paramref name="highThresholdPercent"/> full, remove unused, unpinned images, least recently used
    /// first, until usage falls to <paramref name="lowThresholdPercent"/>. Returns the bytes freed.
    /// </summary>
    public async Task<ulong> CollectGarbageAsync(int highThresholdPercent, int lowThresholdPercent, IReadOnlySet<string> imagesInUse, CancellationToken cancellationToken = default)
    {
        if (lowThresholdPercent > highThresholdPercent || highThresholdPercent is < 0 or > 100)
        {
            throw RuntimeException.InvalidArgument($"invalid image GC thresholds: high {highThresholdPercent}%, low {lowThresholdPercent}%");
        }

        var (capacity, available) = FilesystemSpace(Options.Root);
        if (capacity == 0)
        {
            return 0;
        }

        var usagePercent = 100 - (int)(available * 100 / capacity);
        if (usagePercent < highThresholdPercent)
        {
            return 0;
        }

        var toFree = (long)(capacity * (ulong)(100 - lowThresholdPercent) / 100) - (long)available;
        ulong freed = 0;
        foreach (var image in Images.List().Where(i => !i.Pinned && !imagesInUse.Contains(i.Id)).OrderBy(i => i.LastUsed))
        {
            if ((long)freed >= toFree)
            {
                break;
            }

            Images.Remove(image.Id);
            freed += image.Size;
            LogGarbageCollected(_logger, image.Id, image.Size);
        }

        await CollectUnreferencedAsync(cancellationToken).ConfigureAwait(false);
        return freed;
    }

    private ImageServiceOptions Options => _options;

    public void Dispose()
    {
        _registry.Dispose();
        _gc.Dispose();
    }

    internal ImageIngester Ingester => _ingester;

    internal ILogger Logger => _logger;

    internal static Image ToImage(ImageRecord record)
    {
        var user = record.Config.Config?.User ?? "";
        var name = user.Split(':')[0];
        long? uid = long.TryParse(name, out var numeric) ? numeric : null;
        return new Image
        {
            Id = record.Id,
            RepoTags = record.RepoTags,
            RepoDigests = record.RepoDigests,
            Size = record.Size,
            Uid = uid,
            Username = uid is null ? name : "",
            Spec = new ImageSpec(record.Id),
            Pinned = record.Pinned,
        };
    }

    private static unsafe (ulong Capacity, ulong Available) FilesystemSpace(string path)
    {
        LibC.StatVfs stat;
        return LibC.statvfs(path, &stat) == 0
            ? (stat.Blocks * stat.FragmentSize, stat.BlocksAvailable * stat.FragmentSize)
            : (0, 0);
    }

    private static void ValidateSpec(ImageSpec image)
    {
        if (string.IsNullOrWhiteSpace(image.Image))
        {
            throw RuntimeException.InvalidArgument("image must be set");
        }

        if (Encoding.UTF8.GetByteCount(image.Image) > 4096)
        {
            throw RuntimeException.InvalidArgument("image reference is too long");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pulling image {Image}")]
    private static partial void LogPulling(ILogger logger, string image);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pulled image {Image} as {ImageId} from {Host}")]
    private static partial void LogPulled(ILogger logger, string image, string imageId, string host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mirror {Host} failed for {Image}, trying the next endpoint: {Error}")]
    private static partial void LogMirrorFailed(ILogger logger, string host, string image, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed image {ImageId}")]
    private static partial void LogRemoved(ILogger logger, string imageId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Garbage-collected image {ImageId} ({Size} bytes)")]
    private static partial void LogGarbageCollected(ILogger logger, string imageId, ulong size);
}
