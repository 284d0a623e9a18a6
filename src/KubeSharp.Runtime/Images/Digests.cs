using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace KubeSharp.Runtime.Images;

/// <summary>Content digests (image-spec descriptor.md): <c>algorithm:hex</c>, sha256 with 64 lowercase hex digits.</summary>
public static partial class Digests
{
    public const string Sha256Prefix = "sha256:";

    public static string Sha256(ReadOnlySpan<byte> data) => Sha256Prefix + Convert.ToHexStringLower(SHA256.HashData(data));

    public static string Sha256(string text) => Sha256(System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>True for a well-formed sha256 digest, the only algorithm the store accepts.</summary>
    public static bool IsValidSha256(string digest) => Sha256Regex().IsMatch(digest);

    /// <summary>The hex part, after validating the digest.</summary>
    public static string Hex(string digest) =>
        IsValidSha256(digest) ? digest[Sha256Prefix.Length..] : throw RuntimeException.InvalidArgument($"unsupported or malformed digest \"{digest}\"");

    /// <summary>The chain ID of a layer stack: ChainID(L0) = DiffID(L0); ChainID(L0…Ln) = sha256(ChainID(L0…Ln−1) + " " + DiffID(Ln)).</summary>
    public static IReadOnlyList<string> ChainIds(IReadOnlyList<string> diffIds)
    {
        var chain = new List<string>(diffIds.Count);
        foreach (var diffId in diffIds)
        {
            chain.Add(chain.Count == 0 ? diffId : Sha256($"{chain[^1]} {diffId}"));
        }

        return chain;
    }

    [GeneratedRegex("^sha256:[a-f0-9]{64}$")]
    private static partial Regex Sha256Regex();
}
