using System.Text.Json;

namespace KubeSharp.Machinery.Internal;

/// <summary>
/// Shares the strings of short, unescaped JSON property names and values between parses: object trees of the
/// same kind repeat the same few hundred names ("name", "image", "containerPort", "TCP"), and allocating each
/// again dominated parsing. A direct-mapped table; a racing write only replaces an entry, so no locks.
/// </summary>
internal static class JsonNameCache
{
    private const int MaxLength = 48;
    private const int Size = 4096;
    private static readonly Entry?[] Entries = new Entry?[Size];

    /// <summary>The current token's string value, from the cache when it is short.</summary>
    public static string GetString(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxLength)
        {
            return reader.GetString()!;
        }

        var utf8 = reader.ValueSpan;
        var slot = (int)(Hash(utf8) & (Size - 1));
        var entry = Entries[slot];
        if (entry is not null && utf8.SequenceEqual(entry.Utf8))
        {
            return entry.Value;
        }

        var value = reader.GetString()!;
        Entries[slot] = new Entry(utf8.ToArray(), value);
        return value;
    }

    // FNV-1a: short keys, cheap and well spread.
    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261u;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    private sealed record Entry(byte[] Utf8, string Value);
}
