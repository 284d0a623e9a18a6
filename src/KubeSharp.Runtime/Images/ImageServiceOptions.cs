namespace KubeSharp.Runtime.Images;

/// <summary>Options of the image service.</summary>
public sealed record ImageServiceOptions
{
    /// <summary>Holds <c>content/</c>, <c>snapshots/</c>, <c>l/</c> and <c>images/</c>.</summary>
    public required string Root { get; init; }

    /// <summary>Mirrors, credentials and TLS settings per registry (k3s registries.yaml).</summary>
    public RegistriesConfig Registries { get; init; } = new();

    /// <summary>The platform pulled from multi-platform images. Default: this machine's.</summary>
    public OciPlatform Platform { get; init; } = PlatformMatcher.Host;
}
