using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KubeSharp.Api.ApiExtensions.V1;

/// <summary>
/// Reads a schema or an array of schemas; writes the array when it is non-empty, else the schema (or null),
/// as upstream's marshal.go does. Upstream ignores any other token, leaving the value empty; so do we.
/// </summary>
public sealed class JSONSchemaPropsOrArrayConverter : JsonConverter<JSONSchemaPropsOrArray>
{
    public override JSONSchemaPropsOrArray Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = new JSONSchemaPropsOrArray();
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                value.Schema = JsonSerializer.Deserialize(ref reader, JSONSchemaPropsOrBoolConverter.SchemaInfo(options));
                break;
            case JsonTokenType.StartArray:
                value.JSONSchemas = JsonSerializer.Deserialize(ref reader, ListInfo(options));
                break;
            default:
                reader.Skip();
                break;
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, JSONSchemaPropsOrArray value, JsonSerializerOptions options)
    {
        if (value.JSONSchemas is { Count: > 0 })
        {
            JsonSerializer.Serialize(writer, value.JSONSchemas, ListInfo(options));
        }
        else if (value.Schema is not null)
        {
            JsonSerializer.Serialize(writer, value.Schema, JSONSchemaPropsOrBoolConverter.SchemaInfo(options));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static JsonTypeInfo<List<JSONSchemaProps>> ListInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<List<JSONSchemaProps>>)options.GetTypeInfo(typeof(List<JSONSchemaProps>));
}
