namespace KubeSharp.Runtime.Images;

/// <summary>Manifest, index, config and layer media types (opencontainers/image-spec media-types.md; Docker schema 2).</summary>
public static class MediaTypes
{
    public const string OciManifest = "application/vnd.oci.image.manifest.v1+json";
    public const string OciIndex = "application/vnd.oci.image.index.v1+json";
    public const string OciConfig = "application/vnd.oci.image.config.v1+json";
    public const string OciLayer = "application/vnd.oci.image.layer.v1.tar";
    public const string OciLayerGzip = "application/vnd.oci.image.layer.v1.tar+gzip";
    public const string OciLayerZstd = "application/vnd.oci.image.layer.v1.tar+zstd";
    public const string DockerManifest = "application/vnd.docker.distribution.manifest.v2+json";
    public const string DockerManifestList = "application/vnd.docker.distribution.manifest.list.v2+json";
    public const string DockerConfig = "application/vnd.docker.container.image.v1+json";
    public const string DockerLayerGzip = "application/vnd.docker.image.rootfs.diff.tar.gzip";
    public const string DockerForeignLayerGzip = "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip";
    public const string DockerLayerZstd = "application/vnd.docker.image.rootfs.diff.tar.zstd";
    public const string DockerLayer = "application/vnd.docker.image.rootfs.diff.tar";

    /// <summary>The Accept header containerd sends, so registries never fall back to schema 1.</summary>
    public static readonly string[] ManifestAccept = [DockerManifest, DockerManifestList, OciManifest, OciIndex, "*/*"];

    public static bool IsIndex(string mediaType) => mediaType is OciIndex or DockerManifestList;

    public static bool IsManifest(string mediaType) => mediaType is OciManifest or DockerManifest;

    /// <summary>The compression a layer's media type declares; <see cref="LayerCompression.Detect"/> when it must be sniffed.</summary>
    public static LayerCompression LayerCompressionOf(string mediaType)
    {
        // Non-distributable OCI variants carry the same suffixes (containerd core/images/mediatypes.go DiffCompression).
        var type = mediaType.Replace(".nondistributable", "", StringComparison.Ordinal);
        return type switch
        {
            OciLayer => LayerCompression.None,
            OciLayerGzip or DockerLayerGzip or DockerForeignLayerGzip => LayerCompression.Gzip,
            OciLayerZstd or DockerLayerZstd => LayerCompression.Zstd,
            DockerLayer => LayerCompression.Detect,
            _ => throw new RuntimeException(RuntimeErrorCode.InvalidArgument, $"unsupported layer media type \"{mediaType}\""),
        };
    }
}
