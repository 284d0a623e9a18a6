using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KubeSharp.Api.Serialization;

/// <summary>
/// resource.Quantity on the wire: a string in canonical form. As upstream's UnmarshalJSON, a JSON number is
/// accepted too (<c>cpu: 2</c>), surrounding spaces are trimmed, and null is zero.
/// </summary>
public sealed class QuantityConverter : JsonConverter<Quantity>
{
    public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return default;
            case JsonTokenType.String:
                text = reader.GetString()!;
                break;
            case JsonTokenType.Number:
                text = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
                break;
            default:
                throw new JsonException("quantities must be a string or a number");
        }

        if (!Quantity.TryParse(text.Trim(), out var quantity, out var error))
        {
            throw new JsonException(error);
        }

        return quantity;
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
}
