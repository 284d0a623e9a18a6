using System.Security.Cryptography;

namespace KubeSharp.ApiServer.Registry.Generic;

/// <summary>
/// Upstream's SimpleNameGenerator for <c>metadata.generateName</c>: the prefix (cut to 58 characters) plus five
/// characters from an alphabet without vowels or look-alikes, so generated names never spell words.
/// </summary>
public static class NameGenerator
{
    private const string Alphabet = "bcdfghjklmnpqrstvwxz2456789";
    private const int MaxPrefixLength = 63 - 5;

    public static string Generate(string prefix)
    {
        if (prefix.Length > MaxPrefixLength)
        {
            prefix = prefix[..MaxPrefixLength];
        }

        Span<char> suffix = stackalloc char[5];
        for (var i = 0; i < suffix.Length; i++)
        {
            suffix[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return prefix + new string(suffix);
    }
}
