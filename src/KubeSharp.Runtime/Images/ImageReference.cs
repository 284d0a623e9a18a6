using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace KubeSharp.Runtime.Images;

/// <summary>
/// A parsed, normalised image reference: <c>domain/path[:tag][@digest]</c>. Grammar and normalisation follow
/// distribution/reference (normalize.go, regexp.go): no domain means Docker Hub, single-component Docker Hub
/// names get <c>library/</c>, a missing tag and digest means <c>latest</c>.
/// </summary>
public sealed partial record ImageReference
{
    public const string DockerHubDomain = "docker.io";
    private const int NameTotalLengthMax = 255;

    private ImageReference(string domain, string path, string? tag, string? digest)
    {
        Domain = domain;
        Path = path;
        Tag = tag;
        Digest = digest;
    }

    /// <summary>Registry host with optional port (<c>docker.io</c>, <c>127.0.0.1:5000</c>).</summary>
    public string Domain { get; }

    /// <summary>Repository path inside the registry (<c>library/busybox</c>).</summary>
    public string Path { get; }

    /// <summary>Null when the reference names a digest only.</summary>
    public string? Tag { get; }

    /// <summary><c>sha256:…</c>; pulls use it in preference to the tag.</summary>
    public string? Digest { get; }

    /// <summary><c>domain/path</c>.</summary>
    public string Repository => $"{Domain}/{Path}";

    /// <summary>What to ask the registry for: the digest when known, else the tag.</summary>
    public string ManifestReference => Digest ?? Tag ?? "latest";

    /// <summary>The tagged form, <c>domain/path:tag</c>, or null for digest-only references.</summary>
    public string? TaggedName => Tag is null ? null : $"{Repository}:{Tag}";

    /// <summary>The same repository pinned to a digest.</summary>
    public string WithDigest(string digest) => $"{Repository}@{digest}";

    public override string ToString() =>
        Repository + (Tag is null ? "" : ":" + Tag) + (Digest is null ? "" : "@" + Digest);

    public static bool TryParse(string value, [NotNullWhen(true)] out ImageReference? reference, [NotNullWhen(false)] out string? error)
    {
        reference = null;
        error = null;
        if (string.IsNullOrEmpty(value))
        {
            error = "image reference is empty";
            return false;
        }

        if (AnchoredIdentifier().IsMatch(value))
        {
            error = $"invalid reference format: cannot specify 64-byte hexadecimal strings: \"{value}\"";
            return false;
        }

        var match = ReferenceRegex().Match(value);
        if (!match.Success)
        {
            error = value.Any(char.IsUpper) && ReferenceRegex().IsMatch(value.ToLowerInvariant())
                ? $"invalid reference format: repository name must be lowercase: \"{value}\""
                : $"invalid reference format: \"{value}\"";
            return false;
        }

        var name = match.Groups["name"].Value;
        if (name.Length > NameTotalLengthMax)
        {
            error = $"invalid reference format: repository name must not be more than {NameTotalLengthMax} characters";
            return false;
        }

        var (domain, path) = SplitDockerDomain(name);
        if (path.Any(char.IsUpper))
        {
            error = $"invalid reference format: repository name must be lowercase: \"{value}\"";
            return false;
        }

        var tag = match.Groups["tag"].Success ? match.Groups["tag"].Value : null;
        var digest = match.Groups["digest"].Success ? match.Groups["digest"].Value : null;
        if (tag is null && digest is null)
        {
            tag = "latest";
        }

        reference = new ImageReference(domain, path, tag, digest);
        return true;
    }

    public static ImageReference Parse(string value) =>
        TryParse(value, out var reference, out var error) ? reference : throw RuntimeException.InvalidArgument(error);

    private static (string Domain, string Path) SplitDockerDomain(string name)
    {
        string domain, remainder;
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (slash == -1 || (name[..slash].IndexOfAny(['.', ':']) < 0 && name[..slash] != "localhost" && !name[..slash].Any(char.IsUpper)))
        {
            domain = DockerHubDomain;
            remainder = name;
        }
        else
        {
            domain = name[..slash];
            remainder = name[(slash + 1)..];
        }

        if (domain == "index.docker.io")
        {
            domain = DockerHubDomain;
        }

        if (domain == DockerHubDomain && !remainder.Contains('/', StringComparison.Ordinal))
        {
            remainder = "library/" + remainder;
        }

        return (domain, remainder);
    }

    // distribution/reference regexp.go, assembled: name = [domain/]component(/component)*, then :tag, then @digest.
    [GeneratedRegex(@"^(?<name>(?:(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::(?<tag>[\w][\w.-]{0,127}))?(?:@(?<digest>[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$")]
    private static partial Regex ReferenceRegex();

    [GeneratedRegex("^[a-f0-9]{64}$")]
    private static partial Regex AnchoredIdentifier();
}
