using System.Text.Json;
using System.Text.Json.Serialization;

namespace KubeSharp.Api.Serialization;

/// <summary>
/// meta/v1 Time on the wire: RFC 3339 in UTC with second precision ("2024-05-01T12:00:00Z"), as upstream
/// marshals it. Input is parsed as Go's time.Parse(time.RFC3339) reads it (any offset, any fraction) and
/// truncated to the second as upstream's Time holds it; anything else fails with Go's message.
/// </summary>
public sealed class TimeConverter : JsonConverter<DateTimeOffset>
{
    /// <summary>The output format, as a .NET format string.</summary>
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("a time must be a string in RFC 3339 format");
        }

        // The common case reads the UTF-8 bytes in place; escaped or split values are unescaped first.
        var parsed = !reader.HasValueSequence && !reader.ValueIsEscaped
            ? Rfc3339.TryParse(reader.ValueSpan, exactMicros: false, out var value, out var error)
            : Rfc3339.TryParse(System.Text.Encoding.UTF8.GetBytes(reader.GetString()!), exactMicros: false, out value, out error);
        return parsed ? Truncate(value) : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[Rfc3339.SecondsLength];
        Rfc3339.FormatSeconds(value.UtcDateTime, buffer);
        writer.WriteStringValue(buffer);
    }

    /// <summary>Drops sub-second precision, as a meta/v1 Time holds whole seconds.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
