using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KubeSharp.Api.Serialization;

/// <summary>
/// resource.Quantity on the wire: a string in canonical form. As upstream's UnmarshalJSON, a JSON number is
/// accepted too (<c>cpu: 2</c>), surrounding spaces are trimmed, and null is zero.
/// </summary>
/// <remarks>
/// The same few quantities ("100m", "128Mi", "1") appear in nearly every pod, so short, well-formed inputs
/// are parsed once and remembered (a bounded cache keyed by the text; Quantity is immutable).
/// </remarks>
public sealed class QuantityConverter : JsonConverter<Quantity>
{
    private const int MaxCachedLength = 32;
    private const int MaxCacheEntries = 4096;

    private static readonly ConcurrentDictionary<string, Quantity> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Quantity>.AlternateLookup<ReadOnlySpan<char>> CacheLookup =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return default;
            case JsonTokenType.String:
                if (TryReadCached(ref reader, out var cached))
                {
                    return cached;
                }

                return Parse(reader.GetString()!);
            case JsonTokenType.Number:
                if (TryReadCached(ref reader, out cached))
                {
                    return cached;
                }

                return Parse(Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan));
            default:
                throw new JsonException("quantities must be a string or a number");
        }
    }

    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[64];
        if (value.TryFormat(buffer, out var written))
        {
            writer.WriteStringValue(buffer[..written]);
            return;
        }

        writer.WriteStringValue(value.ToString());
    }

    /// <summary>Looks up a short ASCII value without allocating; on a miss it parses and remembers it.</summary>
    private static bool TryReadCached(ref Utf8JsonReader reader, out Quantity quantity)
    {
        quantity = default;
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length is 0 or > MaxCachedLength)
        {
            return false;
        }

        var bytes = reader.ValueSpan;
        Span<char> text = stackalloc char[MaxCachedLength];
        for (var i = 0; i < bytes.Length; i++)
        {
            // Only the characters a quantity can hold; anything else (spaces, non-ASCII) takes the full path.
            var c = bytes[i];
            if (c is not ((>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (byte)'.' or (byte)'+' or (byte)'-'))
            {
                return false;
            }

            text[i] = (char)c;
        }

        var key = text[..bytes.Length];
        if (CacheLookup.TryGetValue(key, out quantity))
        {
            return true;
        }

        var keyText = key.ToString();
        var parsed = Parse(keyText);
        if (Cache.Count < MaxCacheEntries)
        {
            Cache.TryAdd(keyText, parsed);
        }

        quantity = parsed;
        return true;
    }

    private static Quantity Parse(string text) =>
        Quantity.TryParse(text.Trim(), out var quantity, out var error) ? quantity : throw new JsonException(error);
}
