namespace KubeSharp.Runtime.Images;

/// <summary>Where an image's manifests and blobs come from: a registry, an OCI layout, a <c>docker save</c> tarball.</summary>
internal interface IImageSource
{
    /// <summary>A short description for messages (<c>127.0.0.1:5000/busybox</c>).</summary>
    string Name { get; }

    /// <summary>The manifest or index the descriptor points at (the caller verifies the digest).</summary>
    Task<ManifestResponse> FetchManifestAsync(OciDescriptor descriptor, CancellationToken cancellationToken);

    /// <summary>Opens a blob; the caller verifies size and digest while reading.</summary>
    Task<Stream> OpenBlobAsync(OciDescriptor descriptor, CancellationToken cancellationToken);
}
