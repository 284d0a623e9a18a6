using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KubeSharp.Api.ApiExtensions.V1;

/// <summary>
/// Reads a schema or an array of property names; writes the names when there are any, else the schema (or
/// null), as upstream's marshal.go does. Upstream ignores any other token, leaving the value empty; so do we.
/// </summary>
public sealed class JSONSchemaPropsOrStringArrayConverter : JsonConverter<JSONSchemaPropsOrStringArray>
{
    public override JSONSchemaPropsOrStringArray Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = new JSONSchemaPropsOrStringArray();
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                value.Schema = JsonSerializer.Deserialize(ref reader, JSONSchemaPropsOrBoolConverter.SchemaInfo(options));
                break;
            case JsonTokenType.StartArray:
                value.Property = JsonSerializer.Deserialize(ref reader, StringsInfo(options));
                break;
            default:
                reader.Skip();
                break;
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, JSONSchemaPropsOrStringArray value, JsonSerializerOptions options)
    {
        if (value.Property is { Count: > 0 })
        {
            JsonSerializer.Serialize(writer, value.Property, StringsInfo(options));
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

    private static JsonTypeInfo<List<string>> StringsInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<List<string>>)options.GetTypeInfo(typeof(List<string>));
}
