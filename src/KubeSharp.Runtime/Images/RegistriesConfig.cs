namespace KubeSharp.Runtime.Images;

/// <summary>
/// Registry mirrors and per-host settings, shaped like k3s's registries.yaml (<c>mirrors</c> and
/// <c>configs</c>). A mirror's endpoints are tried in order before the registry itself; an endpoint written
/// <c>http://…</c> is plain HTTP. Loopback registries default to plain HTTP, as containerd's CRI plugin does.
/// </summary>
public sealed record RegistriesConfig
{
    /// <summary>Registry host (or <c>*</c> for every host) → its mirror endpoints.</summary>
    public IReadOnlyDictionary<string, RegistryMirror> Mirrors { get; init; } = new Dictionary<string, RegistryMirror>();

    /// <summary>Endpoint host[:port] → credentials and TLS settings for it.</summary>
    public IReadOnlyDictionary<string, RegistryHostConfig> Configs { get; init; } = new Dictionary<string, RegistryHostConfig>();
}
