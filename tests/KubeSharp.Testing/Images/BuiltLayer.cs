using System.Security.Cryptography;

namespace KubeSharp.Testing.Images;

/// <summary>A built layer: the tar (its SHA-256 is the diff ID) and the gzip blob a registry serves.</summary>
public sealed record BuiltLayer(byte[] Tar, byte[] Gzip)
{
    public string DiffId => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Tar));

    public string Digest => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Gzip));
}
