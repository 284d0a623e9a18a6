using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using KubeSharp.Runtime.Internal;
using KubeSharp.Runtime.Internal.Native;

namespace KubeSharp.Runtime.Images;

/// <summary>
/// Imports images without a registry, for air-gapped nodes as k3s does with agent/images: OCI image layouts
/// (a directory or a tarball, names from <c>io.containerd.image.name</c> or a full
/// <c>org.opencontainers.image.ref.name</c>) and <c>docker save</c> tarballs (names from <c>RepoTags</c>).
/// Tarballs may be plain, gzip (.tar.gz, .tgz) or zstd (.tar.zst).
/// </summary>
public sealed class ImageImporter(ImageService service, TimeProvider time)
{
    /// <summary>Imports every image file in <paramref name="directory"/>; returns the image IDs.</summary>
    public async Task<IReadOnlyList<string>> ImportDirectoryAsync(string directory, CancellationToken cancellationToken = default)
    {
        var ids = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".tar", StringComparison.Ordinal) || file.EndsWith(".tar.gz", StringComparison.Ordinal)
                || file.EndsWith(".tgz", StringComparison.Ordinal) || file.EndsWith(".tar.zst", StringComparison.Ordinal))
            {
                ids.AddRange(await ImportAsync(file, cancellationToken).ConfigureAwait(false));
            }
        }

        return ids;
    }

    /// <summary>Imports an OCI layout directory or an image tarball; returns the image IDs.</summary>
    public async Task<IReadOnlyList<string>> ImportAsync(string path, CancellationToken cancellationToken = default)
    {
        if (Directory.Exists(path))
        {
            return await ImportExtractedAsync(path, cancellationToken).ConfigureAwait(false);
        }

        if (!File.Exists(path))
        {
            throw RuntimeException.NotFound("image archive", path);
        }

        var temp = Path.Combine(service.Content.Root, "ingest", "import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        try
        {
            await using (var file = File.OpenRead(path))
            {
                Stream stream = path.EndsWith(".zst", StringComparison.Ordinal) ? new ZstdDecompressionStream(file)
                    : path.EndsWith(".gz", StringComparison.Ordinal) || path.EndsWith(".tgz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress)
                    : file;
                await TarFile.ExtractToDirectoryAsync(stream, temp, overwriteFiles: true, cancellationToken).ConfigureAwait(false);
            }

            return await ImportExtractedAsync(temp, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private async Task<IReadOnlyList<string>> ImportExtractedAsync(string directory, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        var blobPath = (string digest) =>
        {
            var candidate = Path.Combine(directory, "blobs", "sha256", Digests.Hex(digest));
            return File.Exists(candidate) ? candidate : null;
        };

        if (File.Exists(Path.Combine(directory, "index.json")))
        {
            var index = JsonSerializer.Deserialize(await File.ReadAllBytesAsync(Path.Combine(directory, "index.json"), cancellationToken).ConfigureAwait(false), RuntimeJsonContext.Default.OciIndex)!;
            var source = new LocalImageSource(directory, blobPath);
            foreach (var entry in index.Manifests)
            {
                var root = await source.FetchManifestAsync(entry, cancellationToken).ConfigureAwait(false);
                var record = await service.Ingester.IngestAsync(source, root with { MediaType = entry.MediaType }, cancellationToken).ConfigureAwait(false);
                var name = entry.Annotations?.GetValueOrDefault("io.containerd.image.name") ?? entry.Annotations?.GetValueOrDefault("org.opencontainers.image.ref.name");
                ids.Add(Store(record, name, root.Digest));
            }
        }
        else if (File.Exists(Path.Combine(directory, "manifest.json")))
        {
            var entries = JsonSerializer.Deserialize(await File.ReadAllBytesAsync(Path.Combine(directory, "manifest.json"), cancellationToken).ConfigureAwait(false), RuntimeJsonContext.Default.DockerSaveManifestEntryArray)!;
            foreach (var entry in entries)
            {
                // docker save has no manifest: build one over the files, with digests computed from their bytes.
                var files = new Dictionary<string, string>(StringComparer.Ordinal);
                OciDescriptor Describe(string relative, string mediaType)
                {
                    var full = Path.Combine(directory, LayerCleanName(relative));
                    using var stream = File.OpenRead(full);
                    var digest = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
                    files[digest] = full;
                    return new OciDescriptor { MediaType = mediaType, Digest = digest, Size = new FileInfo(full).Length };
                }

                var manifest = new OciManifest
                {
                    MediaType = MediaTypes.DockerManifest,
                    Config = Describe(entry.Config, MediaTypes.DockerConfig),
                    Layers = [.. entry.Layers.Select(l => Describe(l, MediaTypes.DockerLayer))],
                };
                var body = JsonSerializer.SerializeToUtf8Bytes(manifest, RuntimeJsonContext.Default.OciManifest);
                var source = new LocalImageSource(directory, d => files.GetValueOrDefault(d));
                var record = await service.Ingester.IngestAsync(source, new ManifestResponse(body, MediaTypes.DockerManifest, Digests.Sha256(body)), cancellationToken).ConfigureAwait(false);
                var names = entry.RepoTags ?? [];
                var id = Store(record, names.Count > 0 ? names[0] : null, null);
                foreach (var extra in names.Skip(1))
                {
                    Store(record, extra, null);
                }

                ids.Add(id);
            }
        }
        else
        {
            throw RuntimeException.InvalidArgument($"{directory} is neither an OCI image layout nor a docker save archive");
        }

        return ids;
    }

    private string Store(ImageRecord record, string? name, string? rootDigest)
    {
        var tags = new List<string>();
        var digests = new List<string>();
        if (name is not null && (name.Contains('/', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal))
            && ImageReference.TryParse(name, out var reference, out _))
        {
            if (reference.TaggedName is { } tagged && reference.Digest is null)
            {
                tags.Add(tagged);
            }

            if (rootDigest is not null)
            {
                digests.Add(reference.WithDigest(rootDigest));
            }
        }

        return service.Images.Put(record with { RepoTags = tags, RepoDigests = digests, LastUsed = time.GetUtcNow() }).Id;
    }

    private static string LayerCleanName(string relative) => Snapshots.LayerUnpacker.CleanName(relative);
}
