using System.Text.Json;
using System.Text.Json.Serialization;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Serialization;

/// <summary>meta/v1 Duration on the wire: Go's duration string both ways (<c>"1h2m3s"</c>).</summary>
public sealed class DurationConverter : JsonConverter<Duration>
{
    public override Duration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // Upstream ignores a non-string and parses "" instead, which fails with Go's message for "".
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : "";
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.Skip();
        }

        if (!Duration.TryParse(text, out var value, out var error))
        {
            throw new JsonException(error);
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, Duration value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
