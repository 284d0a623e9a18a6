using System.IO.Compression;
using System.Text.Json;
using KubeSharp.Runtime.Internal;
using KubeSharp.Runtime.Internal.Native;
using KubeSharp.Runtime.Snapshots;

namespace KubeSharp.Runtime.Images;

/// <summary>
/// Brings an image from a source into the stores: resolves an index to this platform's manifest, fetches and
/// verifies the config and every layer (size, then digest, before use), unpacks each layer once into its
/// chain-ID snapshot (verifying the uncompressed diff ID), and returns the record to store.
/// </summary>
internal sealed class ImageIngester(ContentStore content, SnapshotStore snapshots, OciPlatform platform)
{
    public async Task<ImageRecord> IngestAsync(IImageSource source, ManifestResponse root, CancellationToken cancellationToken)
    {
        var blobs = new List<string>();
        var manifestResponse = root;
        var rootType = MediaTypeOf(root);
        await StoreManifestAsync(root, cancellationToken).ConfigureAwait(false);
        blobs.Add(root.Digest);

        if (MediaTypes.IsIndex(rootType))
        {
            var index = JsonSerializer.Deserialize(root.Body, RuntimeJsonContext.Default.OciIndex)
                ?? throw new RuntimeException(RuntimeErrorCode.InvalidArgument, $"{source.Name}: empty index");
            var chosen = PlatformMatcher.Select(index.Manifests, platform)
                ?? throw new RuntimeException(RuntimeErrorCode.NotFound, $"{source.Name}: no matching manifest for {platform} in the manifest list entries");
            manifestResponse = await source.FetchManifestAsync(chosen, cancellationToken).ConfigureAwait(false);
            if (manifestResponse.Digest != chosen.Digest)
            {
                throw new RuntimeException(RuntimeErrorCode.Unknown, $"{source.Name}: manifest digest mismatch: expected {chosen.Digest}, got {manifestResponse.Digest}");
            }

            manifestResponse = manifestResponse with { MediaType = chosen.MediaType.Length > 0 ? chosen.MediaType : manifestResponse.MediaType };
            await StoreManifestAsync(manifestResponse, cancellationToken).ConfigureAwait(false);
            blobs.Add(manifestResponse.Digest);
        }

        if (!MediaTypes.IsManifest(MediaTypeOf(manifestResponse)))
        {
            throw new RuntimeException(RuntimeErrorCode.InvalidArgument, $"{source.Name}: unsupported manifest media type \"{MediaTypeOf(manifestResponse)}\"");
        }

        var manifest = JsonSerializer.Deserialize(manifestResponse.Body, RuntimeJsonContext.Default.OciManifest)
            ?? throw new RuntimeException(RuntimeErrorCode.InvalidArgument, $"{source.Name}: empty manifest");
        if (manifest.Config.MediaType is not (MediaTypes.OciConfig or MediaTypes.DockerConfig))
        {
            throw new RuntimeException(RuntimeErrorCode.InvalidArgument, $"{source.Name}: unsupported config media type \"{manifest.Config.MediaType}\"");
        }

        await FetchBlobAsync(source, manifest.Config, cancellationToken).ConfigureAwait(false);
        blobs.Add(manifest.Config.Digest);
        var config = JsonSerializer.Deserialize(await content.ReadAllBytesAsync(manifest.Config.Digest, cancellationToken).ConfigureAwait(false), RuntimeJsonContext.Default.OciImageConfig)
            ?? throw new RuntimeException(RuntimeErrorCode.InvalidArgument, $"{source.Name}: empty image config");

        var diffIds = config.RootFs.DiffIds;
        if (diffIds.Count != manifest.Layers.Count)
        {
            throw new RuntimeException(RuntimeErrorCode.InvalidArgument, $"{source.Name}: the config lists {diffIds.Count} diff IDs for {manifest.Layers.Count} layers");
        }

        var chainIds = Digests.ChainIds(diffIds);
        ulong size = (ulong)(manifestResponse.Body.Length + manifest.Config.Size);
        for (var i = 0; i < manifest.Layers.Count; i++)
        {
            var layer = manifest.Layers[i];
            var compression = MediaTypes.LayerCompressionOf(layer.MediaType);
            await FetchBlobAsync(source, layer, cancellationToken).ConfigureAwait(false);
            blobs.Add(layer.Digest);
            size += (ulong)layer.Size;
            var diffId = diffIds[i];
            await snapshots.EnsureAsync(
                chainIds[i],
                (target, _) =>
                {
                    ApplyLayer(content.PathOf(layer.Digest), compression, diffId, target);
                    return Task.CompletedTask;
                },
                cancellationToken).ConfigureAwait(false);
        }

        return new ImageRecord
        {
            Id = manifest.Config.Digest,
            ManifestDigest = manifestResponse.Digest,
            Layers = [.. manifest.Layers.Select(l => l.Digest)],
            DiffIds = diffIds,
            ChainIds = chainIds,
            Blobs = blobs,
            Size = size,
            Config = config,
        };
    }

    /// <summary>Unpacks one stored layer blob into <paramref name="target"/>, verifying its diff ID.</summary>
    public static void ApplyLayer(string blobPath, LayerCompression compression, string diffId, string target)
    {
        using var file = new FileStream(blobPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (compression == LayerCompression.Detect)
        {
            Span<byte> magic = stackalloc byte[4];
            var read = file.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
            compression = read >= 2 && magic[0] == 0x1f && magic[1] == 0x8b ? LayerCompression.Gzip
                : read == 4 && magic[0] == 0x28 && magic[1] == 0xb5 && magic[2] == 0x2f && magic[3] == 0xfd ? LayerCompression.Zstd
                : LayerCompression.None;
            file.Position = 0;
        }

        Stream decompressed = compression switch
        {
            LayerCompression.Gzip => new GZipStream(file, CompressionMode.Decompress, leaveOpen: true),
            LayerCompression.Zstd => new ZstdDecompressionStream(file),
            _ => file,
        };
        using var hashing = new HashingStream(decompressed);
        LayerUnpacker.Unpack(hashing, target);
        var actual = hashing.DrainAndGetDigest();
        if (actual != diffId)
        {
            throw new RuntimeException(RuntimeErrorCode.Unknown, $"layer {Path.GetFileName(blobPath)}: uncompressed digest {actual} does not match the diff ID {diffId}");
        }
    }

    private async Task FetchBlobAsync(IImageSource source, OciDescriptor descriptor, CancellationToken cancellationToken)
    {
        if (content.Exists(descriptor.Digest))
        {
            return;
        }

        var stream = await source.OpenBlobAsync(descriptor, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await content.WriteAsync(descriptor.Digest, descriptor.Size, stream, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task StoreManifestAsync(ManifestResponse manifest, CancellationToken cancellationToken) =>
        content.WriteAsync(manifest.Digest, manifest.Body, cancellationToken);

    /// <summary>
    /// The document's type: the served Content-Type, unless it is generic, checked against the document's own
    /// <c>mediaType</c> (which must agree when both are present); documents with neither are told apart by shape.
    /// </summary>
    private static string MediaTypeOf(ManifestResponse response)
    {
        using var document = JsonDocument.Parse(response.Body);
        var declared = document.RootElement.TryGetProperty("mediaType", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        var served = response.MediaType;
        var generic = served.Length == 0 || served is "application/json" or "application/octet-stream" or "text/plain";
        if (!generic && declared is not null && declared != served)
        {
            throw new RuntimeException(RuntimeErrorCode.InvalidArgument, $"manifest {response.Digest}: mediaType \"{declared}\" does not match Content-Type \"{served}\"");
        }

        if (!generic)
        {
            return served;
        }

        return declared ?? (document.RootElement.TryGetProperty("manifests", out _) ? MediaTypes.OciIndex : MediaTypes.OciManifest);
    }
}
