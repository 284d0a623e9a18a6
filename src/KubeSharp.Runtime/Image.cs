namespace KubeSharp.Runtime;

/// <summary>CRI <c>Image</c>: an image the runtime holds.</summary>
public sealed record Image
{
    /// <summary>The image ID: the digest of its config (<c>sha256:…</c>).</summary>
    public string Id { get; init; } = "";

    /// <summary>Tagged references (<c>registry/repo:tag</c>).</summary>
    public IReadOnlyList<string> RepoTags { get; init; } = [];

    /// <summary>Digested references (<c>registry/repo@sha256:…</c>).</summary>
    public IReadOnlyList<string> RepoDigests { get; init; } = [];

    /// <summary>Bytes of the image's content (compressed layers, config and manifests).</summary>
    public ulong Size { get; init; }

    /// <summary>The UID of the image's <c>User</c> when it is numeric.</summary>
    public long? Uid { get; init; }

    /// <summary>The image's <c>User</c> when it is a name.</summary>
    public string Username { get; init; } = "";

    public ImageSpec? Spec { get; init; }

    /// <summary>Recommends exemption from garbage collection (e.g. the sandbox image).</summary>
    public bool Pinned { get; init; }
}
