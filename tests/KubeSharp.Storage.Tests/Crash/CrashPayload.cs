using System.Security.Cryptography;
using System.Text;

namespace KubeSharp.Storage.Tests.Crash;

/// <summary>
/// Self-checking values: the key, a sequence number, filler of varying length, and a SHA-256 over all of it,
/// so a value that was only partly written (or belongs to another key) is recognised.
/// </summary>
public static class CrashPayload
{
    public static byte[] Create(string key, long sequence, int fillerLength)
    {
        var body = Encoding.UTF8.GetBytes($"{key}|{sequence}|{new string((char)('a' + (int)(sequence % 26)), fillerLength)}|");
        var hash = SHA256.HashData(body);
        return [.. body, .. Encoding.ASCII.GetBytes(Convert.ToHexString(hash))];
    }

    /// <summary>The sequence number, if the value is whole and belongs to <paramref name="key"/>; otherwise null.</summary>
    public static long? Verify(string key, ReadOnlySpan<byte> value)
    {
        const int hexLength = 64;
        if (value.Length <= hexLength)
        {
            return null;
        }

        var body = value[..^hexLength];
        var expected = Convert.ToHexString(SHA256.HashData(body));
        if (!Encoding.ASCII.GetString(value[^hexLength..]).Equals(expected, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(body).Split('|');
        return parts.Length == 4 && parts[0] == key && long.TryParse(parts[1], out var sequence) ? sequence : null;
    }
}
