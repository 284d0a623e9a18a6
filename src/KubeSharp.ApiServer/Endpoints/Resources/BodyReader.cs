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

    /// <summary>The body of a create or update, as JSON; other media types are 415 for now.</summary>
    public static async Task<byte[]> ReadObjectJsonAsync(HttpContext context)
    {
        var (body, mediaType) = await ReadAsync(context);
        return mediaType switch
        {
            "application/json" or "*/*" => body,
            _ => throw StatusError.UnsupportedMediaType(mediaType),
        };
    }

}
