using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KubeSharp.Api.Serialization;

/// <summary>
/// meta/v1 Time on the wire: RFC 3339 in UTC with second precision ("2024-05-01T12:00:00Z"), as upstream
/// marshals it. Any RFC 3339 input is accepted; sub-second parts are truncated as upstream does.
/// </summary>
public sealed class TimeConverter : JsonConverter<DateTimeOffset>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("a time must be a string in RFC 3339 format");
        }

        var text = reader.GetString()!;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            throw new JsonException($"parsing time \"{text}\" as RFC 3339 failed");
        }

        return Truncate(value);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[20];
        value.UtcDateTime.TryFormat(buffer, out var written, Format, CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }

    /// <summary>Drops sub-second precision, as a meta/v1 Time holds whole seconds.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
