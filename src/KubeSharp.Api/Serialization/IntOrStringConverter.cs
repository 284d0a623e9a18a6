using System.Text.Json;
using System.Text.Json.Serialization;

namespace KubeSharp.Api.Serialization;

/// <summary>
/// intstr.IntOrString on the wire: a JSON string stays a string, a JSON number must be an int32, and the
/// value is written back in the form it was given.
/// </summary>
public sealed class IntOrStringConverter : JsonConverter<IntOrString>
{
    public override IntOrString Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return new IntOrString(reader.GetString()!);
            case JsonTokenType.Number:
                if (reader.TryGetInt32(out var value))
                {
                    return new IntOrString(value);
                }

                // Upstream's message from encoding/json decoding into the int32 IntVal.
                throw new JsonException($"json: cannot unmarshal number {System.Text.Encoding.UTF8.GetString(reader.ValueSpan)} into Go value of type int32");
            case JsonTokenType.Null:
                return default;
            default:
                throw new JsonException("an int-or-string value must be a number or a string");
        }
    }

    public override void Write(Utf8JsonWriter writer, IntOrString value, JsonSerializerOptions options)
    {
        if (value.IsString)
        {
            writer.WriteStringValue(value.StringValue);
        }
        else
        {
            writer.WriteNumberValue(value.IntValue);
        }
    }
}
