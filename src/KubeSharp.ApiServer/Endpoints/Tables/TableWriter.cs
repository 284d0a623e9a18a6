using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Endpoints.Resources;

namespace KubeSharp.ApiServer.Endpoints.Tables;

/// <summary>
/// Writes a meta.k8s.io Table: column definitions (only on the first watch event, as upstream), one row per
/// object with pre-formatted cells, and each row's object as PartialObjectMetadata (or the full object with
/// <c>includeObject=Object</c>), which kubectl reads for <c>-A</c>, <c>-L</c> and <c>--show-labels</c>.
/// </summary>
public static class TableWriter
{
    public static void Write(
        Utf8JsonWriter writer,
        string metaVersion,
        ITableConvertor convertor,
        IReadOnlyList<JsonObject> objects,
        DateTimeOffset now,
        string includeObject,
        long? resourceVersion,
        string? continueToken,
        bool withColumns)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "Table");
        writer.WriteString("apiVersion", "meta.k8s.io/" + metaVersion);
        writer.WriteStartObject("metadata");
        if (resourceVersion is { } rv)
        {
            writer.WriteString("resourceVersion", rv.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(continueToken))
        {
            writer.WriteString("continue", continueToken);
        }

        writer.WriteEndObject();
        if (withColumns)
        {
            writer.WriteStartArray("columnDefinitions");
            foreach (var column in convertor.Columns)
            {
                writer.WriteStartObject();
                writer.WriteString("name", column.Name);
                writer.WriteString("type", column.Type);
                writer.WriteString("format", column.Format);
                writer.WriteString("description", column.Description);
                writer.WriteNumber("priority", column.Priority);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("rows");
        foreach (var obj in objects)
        {
            writer.WriteStartObject();
            writer.WriteStartArray("cells");
            foreach (var cell in convertor.Cells(obj, now))
            {
                WriteCell(writer, cell);
            }

            writer.WriteEndArray();
            switch (includeObject)
            {
                case "Object":
                    writer.WritePropertyName("object");
                    obj.WriteTo(writer);
                    break;
                case "Metadata":
                    writer.WritePropertyName("object");
                    ResponseWriter.WritePartial(writer, obj, metaVersion);
                    break;
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteCell(Utf8JsonWriter writer, object? cell)
    {
        switch (cell)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case JsonNode node:
                node.WriteTo(writer);
                break;
            default:
                writer.WriteStringValue(Convert.ToString(cell, CultureInfo.InvariantCulture));
                break;
        }
    }
}
