using KubeSharp.Runtime.Internal;

namespace KubeSharp.Runtime.Images;

/// <summary>An image in a registry repository, reached through one endpoint with one set of credentials.</summary>
internal sealed class RegistryImageSource(RegistryClient client, RegistryEndpoint endpoint, string repository, RegistryCredentials? credentials)
    : IImageSource
{
    public string Name => $"{endpoint.Host}/{repository}";

    public Task<ManifestResponse> FetchManifestAsync(OciDescriptor descriptor, CancellationToken cancellationToken) =>
        client.GetManifestAsync(endpoint, repository, descriptor.Digest, credentials, cancellationToken);

    public async Task<Stream> OpenBlobAsync(OciDescriptor descriptor, CancellationToken cancellationToken)
    {
        var response = await client.GetBlobAsync(endpoint, repository, descriptor.Digest, credentials, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return new OwningStream(stream, response);
    }
}
