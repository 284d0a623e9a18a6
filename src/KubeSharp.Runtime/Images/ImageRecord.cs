namespace KubeSharp.Runtime.Images;

/// <summary>What the runtime keeps about one image, persisted as <c>images/&lt;id hex&gt;.json</c>.</summary>
public sealed record ImageRecord
{
    /// <summary>The config digest.</summary>
    public string Id { get; init; } = "";

    public IReadOnlyList<string> RepoTags { get; init; } = [];

    public IReadOnlyList<string> RepoDigests { get; init; } = [];

    /// <summary>Digest of the platform-specific manifest.</summary>
    public string ManifestDigest { get; init; } = "";

    /// <summary>Compressed layer blob digests, base first.</summary>
    public IReadOnlyList<string> Layers { get; init; } = [];

    /// <summary>Digests of the uncompressed layers, base first.</summary>
    public IReadOnlyList<string> DiffIds { get; init; } = [];

    /// <summary>The snapshot keys, base first; the last is the whole image.</summary>
    public IReadOnlyList<string> ChainIds { get; init; } = [];

    /// <summary>Every blob this image needs kept: manifests (index included), config, layers.</summary>
    public IReadOnlyList<string> Blobs { get; init; } = [];

    public ulong Size { get; init; }

    public OciImageConfig Config { get; init; } = new();

    public bool Pinned { get; init; }

    public DateTimeOffset LastUsed { get; init; }
}
