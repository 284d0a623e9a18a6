using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KubeSharp.Api.ApiExtensions.V1;

/// <summary>
/// Reads <c>true</c>, <c>false</c> or a schema; writes the schema when there is one, else the boolean, as
/// upstream's apiextensions/v1 marshal.go does. Any other token is rejected with upstream's message.
/// </summary>
public sealed class JSONSchemaPropsOrBoolConverter : JsonConverter<JSONSchemaPropsOrBool>
{
    public override JSONSchemaPropsOrBool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.True => new JSONSchemaPropsOrBool { Allows = true },
            JsonTokenType.False => new JSONSchemaPropsOrBool { Allows = false },
            JsonTokenType.StartObject => new JSONSchemaPropsOrBool
            {
                Allows = true,
                Schema = JsonSerializer.Deserialize(ref reader, SchemaInfo(options)),
            },
            _ => throw new JsonException("boolean or JSON schema expected"),
        };

    public override void Write(Utf8JsonWriter writer, JSONSchemaPropsOrBool value, JsonSerializerOptions options)
    {
        if (value.Schema is not null)
        {
            JsonSerializer.Serialize(writer, value.Schema, SchemaInfo(options));
            return;
        }

        writer.WriteBooleanValue(value.Allows);
    }

    internal static JsonTypeInfo<JSONSchemaProps> SchemaInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<JSONSchemaProps>)options.GetTypeInfo(typeof(JSONSchemaProps));
}
