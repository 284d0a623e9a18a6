using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Api.Scheme;
using KubeSharp.ApiServer.Endpoints.Negotiation;
using KubeSharp.ApiServer.Endpoints.Tables;
using KubeSharp.ApiServer.WatchCache;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Endpoints.Resources;

/// <summary>
/// Writes resource responses: objects, lists (items written straight from the watch cache's encoded bytes where
/// possible), Tables and PartialObjectMetadata, the Status of a completed delete, and warnings as RFC 7234
/// <c>Warning: 299 - "…"</c> headers, which kubectl prints.
/// </summary>
public static class ResponseWriter
{
    public static void AddWarnings(HttpContext context, IEnumerable<string> warnings)
    {
        foreach (var warning in warnings.Distinct(StringComparer.Ordinal))
        {
            var escaped = warning.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
            context.Response.Headers.Append("Warning", $"299 - \"{escaped}\"");
        }
    }

    public static Task WriteObjectAsync(HttpContext context, JsonObject obj, int statusCode, ResponseFormat format, ITableConvertor convertor, TimeProvider time) =>
        WriteAsync(context, statusCode, writer =>
        {
            switch (format.Shape)
            {
                case ResponseShape.Table:
                    TableWriter.Write(writer, format.MetaVersion, convertor, [obj], time.GetUtcNow(), IncludeObject(context), resourceVersion: null, continueToken: null, withColumns: true);
                    break;
                case ResponseShape.PartialObjectMetadata:
                    WritePartial(writer, obj, format.MetaVersion);
                    break;
                default:
                    obj.WriteTo(writer);
                    break;
            }
        });

    public static Task WriteListAsync(HttpContext context, ResourceMapping mapping, IReadOnlyList<JsonObject> items, long resourceVersion, string continueToken, long? remaining, ResponseFormat format, ITableConvertor convertor, TimeProvider time) =>
        WriteAsync(context, 200, writer =>
        {
            switch (format.Shape)
            {
                case ResponseShape.Table:
                    TableWriter.Write(writer, format.MetaVersion, convertor, items, time.GetUtcNow(), IncludeObject(context), resourceVersion, continueToken, withColumns: true);
                    return;
                case ResponseShape.PartialObjectMetadata:
                    WriteListStart(writer, "meta.k8s.io/" + format.MetaVersion, "PartialObjectMetadataList", resourceVersion, continueToken, remaining);
                    foreach (var item in items)
                    {
                        WritePartial(writer, item, format.MetaVersion);
                    }

                    break;
                default:
                    WriteListStart(writer, mapping.ListKind.ApiVersion, mapping.ListKind.Kind, resourceVersion, continueToken, remaining);
                    foreach (var item in items)
                    {
                        item.WriteTo(writer);
                    }

                    break;
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>A plain JSON list of cached objects: their bytes are copied, not re-encoded.</summary>
    public static Task WriteCachedListAsync(HttpContext context, ResourceMapping mapping, IReadOnlyList<CachedObject> items, long resourceVersion) =>
        WriteAsync(context, 200, writer =>
        {
            WriteListStart(writer, mapping.ListKind.ApiVersion, mapping.ListKind.Kind, resourceVersion, "", null);
            foreach (var item in items)
            {
                writer.WriteRawValue(item.Json, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>The Status upstream answers a completed delete with: Success, naming the object.</summary>
    /// <summary>A bare Success Status (upstream's answer to a binding: code 201).</summary>
    public static Task WriteSuccessStatusAsync(HttpContext context, int code) =>
        WriteAsync(context, code, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("kind", "Status");
            writer.WriteString("apiVersion", "v1");
            writer.WriteStartObject("metadata");
            writer.WriteEndObject();
            writer.WriteString("status", "Success");
            writer.WriteNumber("code", code);
            writer.WriteEndObject();
        });

    public static Task WriteDeletedStatusAsync(HttpContext context, GroupVersionResource resource, string name, string uid) =>
        WriteAsync(context, 200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("kind", "Status");
            writer.WriteString("apiVersion", "v1");
            writer.WriteStartObject("metadata");
            writer.WriteEndObject();
            writer.WriteString("status", "Success");
            writer.WriteStartObject("details");
            writer.WriteString("name", name);
            if (resource.Group.Length > 0)
            {
                writer.WriteString("group", resource.Group);
            }

            writer.WriteString("kind", resource.Resource);
            if (uid.Length > 0)
            {
                writer.WriteString("uid", uid);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    public static void WritePartial(Utf8JsonWriter writer, JsonObject obj, string metaVersion)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", "PartialObjectMetadata");
        writer.WriteString("apiVersion", "meta.k8s.io/" + metaVersion);
        writer.WritePropertyName("metadata");
        if (obj["metadata"] is JsonObject meta)
        {
            meta.WriteTo(writer);
        }
        else
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    public static async Task WriteAsync(HttpContext context, int statusCode, Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            write(writer);
        }

        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json";
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    /// <summary>Upstream's includeObject parameter for Tables: None, Metadata (default) or Object.</summary>
    public static string IncludeObject(HttpContext context)
    {
        var value = context.Request.Query["includeObject"].ToString();
        return value is "None" or "Object" ? value : "Metadata";
    }

    private static void WriteListStart(Utf8JsonWriter writer, string apiVersion, string kind, long resourceVersion, string continueToken, long? remaining)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", kind);
        writer.WriteString("apiVersion", apiVersion);
        writer.WriteStartObject("metadata");
        writer.WriteString("resourceVersion", resourceVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (continueToken.Length > 0)
        {
            writer.WriteString("continue", continueToken);
        }

        if (remaining is { } count)
        {
            writer.WriteNumber("remainingItemCount", count);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("items");
    }
}
