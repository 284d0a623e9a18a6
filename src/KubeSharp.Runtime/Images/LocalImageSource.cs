namespace KubeSharp.Runtime.Images;

/// <summary>An image whose manifests and blobs are files on disk (an OCI layout, an unpacked <c>docker save</c>).</summary>
internal sealed class LocalImageSource(string name, Func<string, string?> pathOfDigest) : IImageSource
{
    public string Name => name;

    public async Task<ManifestResponse> FetchManifestAsync(OciDescriptor descriptor, CancellationToken cancellationToken)
    {
        var path = pathOfDigest(descriptor.Digest) ?? throw RuntimeException.NotFound("manifest", $"{name}@{descriptor.Digest}");
        var body = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return new ManifestResponse(body, descriptor.MediaType, Digests.Sha256(body));
    }

    public Task<Stream> OpenBlobAsync(OciDescriptor descriptor, CancellationToken cancellationToken)
    {
        var path = pathOfDigest(descriptor.Digest) ?? throw RuntimeException.NotFound("blob", $"{name}@{descriptor.Digest}");
        return Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous));
    }
}
