using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using KubeSharp.Api.Scheme;
using KubeSharp.ApiServer.Endpoints.Negotiation;
using KubeSharp.ApiServer.Endpoints.Tables;
using KubeSharp.ApiServer.Registry;
using KubeSharp.ApiServer.WatchCache;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace KubeSharp.ApiServer.Endpoints.Resources;

/// <summary>
/// Streams a watch to the client as upstream's watch handler does: a 200 with <c>application/json</c>, then one
/// <c>{"type":…,"object":…}</c> per line, flushed as it happens; Tables carry column definitions only in the
/// first event; bookmarks carry just the resourceVersion; the stream ends after the timeout (upstream picks one
/// between 30 and 60 minutes unless <c>timeoutSeconds</c> says otherwise) or when the cache ends the watcher.
/// </summary>
public static class WatchStreamer
{
    private static readonly byte[] Newline = "\n"u8.ToArray();

    public static async Task StreamAsync(HttpContext context, CacheWatcher watcher, ResourceMapping mapping, ResponseFormat format, ITableConvertor convertor, TimeSpan? timeout, TimeProvider time)
    {
        var duration = timeout ?? TimeSpan.FromSeconds(1800 + RandomNumberGenerator.GetInt32(1800));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(duration);
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = "application/json";
        await response.StartAsync(context.RequestAborted);
        await response.Body.FlushAsync(context.RequestAborted);

        var includeObject = ResponseWriter.IncludeObject(context);
        var columnsSent = false;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        try
        {
            await foreach (var item in watcher.ReadAllAsync(deadline.Token))
            {
                buffer.Clear();
                using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
                {
                    writer.WriteStartObject();
                    writer.WriteString("type", item.Type);
                    writer.WritePropertyName("object");
                    WriteObject(writer, item, mapping, format, convertor, includeObject, ref columnsSent, time);
                    writer.WriteEndObject();
                }

                await response.Body.WriteAsync(buffer.WrittenMemory, deadline.Token);
                await response.Body.WriteAsync(Newline, deadline.Token);
                await response.Body.FlushAsync(deadline.Token);
                if (item.Type == WatchEventTypes.Error)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Timeout or client gone: the stream simply ends, as upstream's does.
        }
        finally
        {
            watcher.Stop();
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, WatchItem item, ResourceMapping mapping, ResponseFormat format, ITableConvertor convertor, string includeObject, ref bool columnsSent, TimeProvider time)
    {
        if (item.Type == WatchEventTypes.Error)
        {
            StatusWriter.Write(writer, item.Error!);
            return;
        }

        if (item.Type == WatchEventTypes.Bookmark)
        {
            WriteBookmark(writer, item, mapping, format);
            return;
        }

        var cached = item.Object!;
        switch (format.Shape)
        {
            case ResponseShape.Table:
                TableWriter.Write(writer, format.MetaVersion, convertor, [cached.ToObject()], time.GetUtcNow(), includeObject, cached.ResourceVersion, null, withColumns: !columnsSent);
                columnsSent = true;
                break;
            case ResponseShape.PartialObjectMetadata:
                ResponseWriter.WritePartial(writer, cached.ToObject(), format.MetaVersion);
                break;
            default:
                writer.WriteRawValue(cached.Json, skipInputValidation: true);
                break;
        }
    }

    private static void WriteBookmark(Utf8JsonWriter writer, WatchItem item, ResourceMapping mapping, ResponseFormat format)
    {
        var (apiVersion, kind) = format.Shape switch
        {
            ResponseShape.Table => ("meta.k8s.io/" + format.MetaVersion, "Table"),
            ResponseShape.PartialObjectMetadata => ("meta.k8s.io/" + format.MetaVersion, "PartialObjectMetadata"),
            _ => (mapping.Kind.ApiVersion, mapping.Kind.Kind),
        };
        writer.WriteStartObject();
        writer.WriteString("kind", kind);
        writer.WriteString("apiVersion", apiVersion);
        writer.WriteStartObject("metadata");
        writer.WriteString("resourceVersion", item.ResourceVersion.ToString(CultureInfo.InvariantCulture));
        if (item.InitialEventsEnd)
        {
            writer.WriteStartObject("annotations");
            writer.WriteString("k8s.io/initial-events-end", "true");
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

}
