namespace KubeSharp.Runtime.Images;

/// <summary>One place to fetch a registry's content from: the registry itself or one of its mirrors.</summary>
internal sealed record RegistryEndpoint(Uri BaseUri, bool InsecureSkipVerify, bool IsMirror)
{
    /// <summary><c>host[:port]</c> of the endpoint, the key for credentials and TLS settings.</summary>
    public string Host => BaseUri.IsDefaultPort ? BaseUri.Host : $"{BaseUri.Host}:{BaseUri.Port}";

    public Uri Api(string path) => new(BaseUri, "/v2/" + path);
}
