using System.Text.Json;
using System.Text.Json.Serialization;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Serialization;

/// <summary>
/// meta/v1 MicroTime on the wire: RFC 3339 in UTC with exactly six fractional digits; null for the zero
/// value, both ways, as upstream.
/// </summary>
public sealed class MicroTimeConverter : JsonConverter<MicroTime>
{
    public override MicroTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("a micro time must be a string in RFC 3339 format with six fractional digits");
        }

        if (!MicroTime.TryParse(reader.GetString()!, out var value, out var error))
        {
            throw new JsonException(error);
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, MicroTime value, JsonSerializerOptions options)
    {
        if (value.IsZero)
        {
            writer.WriteNullValue();
            return;
        }

        Span<byte> buffer = stackalloc byte[32];
        value.TryFormat(buffer, out var written);
        writer.WriteStringValue(buffer[..written]);
    }
}
