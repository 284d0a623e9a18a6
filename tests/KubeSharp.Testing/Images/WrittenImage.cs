namespace KubeSharp.Testing.Images;

/// <summary>An image written to an OCI layout: where, under which tag, and its digests.</summary>
public sealed record WrittenImage(string LayoutDirectory, string Tag, string ManifestDigest, string ConfigDigest, IReadOnlyList<string> DiffIds);
