using KubeSharp.Api.Scheme;
using KubeSharp.ApiServer.Endpoints.Decoding;
using KubeSharp.ApiServer.Endpoints.Negotiation;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Endpoints.Resources;

/// <summary>
/// Reads a request body whole, within the server's request size limit (Kestrel refuses more with 413), and
/// names its media type; the handlers decide which media types they accept.
/// </summary>
public static class BodyReader
{
    public static async Task<(byte[] Body, string MediaType)> ReadAsync(HttpContext context)
    {
        var mediaType = MediaType.Parse(context.Request.ContentType ?? "")?.Essence ?? "application/json";
        var length = context.Request.ContentLength;
        using var buffer = length is > 0 and < 16 * 1024 * 1024 ? new MemoryStream((int)length.Value) : new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        return (buffer.ToArray(), mediaType);
    }

    /// <summary>
    /// The body of a create or update, as JSON: JSON as sent, other media types through their registered decoder;
    /// anything else is 415.
    /// </summary>
    public static async Task<byte[]> ReadObjectJsonAsync(HttpContext context, RequestBodyDecoders decoders, ResourceMapping mapping)
    {
        var (body, mediaType) = await ReadAsync(context);
        if (mediaType is "application/json" or "*/*")
        {
            return body;
        }

        return decoders.Find(mediaType) is { } decoder
            ? decoder.DecodeToJson(body, mapping)
            : throw StatusError.UnsupportedMediaType(mediaType);
    }
}
