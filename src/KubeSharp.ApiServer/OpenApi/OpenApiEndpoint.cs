using System.Globalization;
using KubeSharp.Api;
using KubeSharp.Api.OpenApi;
using KubeSharp.ApiServer.Endpoints;
using KubeSharp.ApiServer.Registry;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.OpenApi;

/// <summary>
/// Serves <c>/openapi/v2</c> and <c>/openapi/v3[/…]</c> from <see cref="OpenApiDocuments"/> rendered per catalog
/// generation, with upstream's caching (kube-openapi handler3): a v3 document asked for with its current
/// <c>hash</c> is immutable for a year, a stale hash is redirected (301) to the current URL, and every
/// document carries an ETag honoured by <c>If-None-Match</c>. <c>/openapi/v2</c> answers protobuf when the
/// client's Accept names the gnostic media type (kubectl 1.27/1.28 accept nothing else), JSON otherwise.
/// </summary>
public sealed class OpenApiEndpoint(ResourceCatalog catalog, TimeProvider time) : IRequestHandler
{
    private readonly Lock _lock = new();
    private (long Generation, OpenApiDocuments Documents)? _current;

    public Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            throw StatusError.MethodNotAllowed("the server does not allow this method on the requested resource");
        }

        var path = (context.Request.Path.Value ?? "").TrimEnd('/');
        var documents = Documents();
        if (path == "/openapi/v2")
        {
            var protobuf = WantsProtobuf(context.Request.Headers.Accept);
            return protobuf
                ? Write(context, OpenApiV2Document.ProtobufMediaType, documents.V2Protobuf, cacheControl: null)
                : Write(context, "application/json", documents.V2Json, cacheControl: null);
        }

        if (path == "/openapi/v3")
        {
            return Write(context, "application/json", documents.IndexJson, "no-cache, private");
        }

        const string V3Prefix = "/openapi/v3/";
        if (path.StartsWith(V3Prefix, StringComparison.Ordinal) && documents.Find(path[V3Prefix.Length..]) is { } document)
        {
            return ServeGroupVersion(context, document);
        }

        throw StatusError.NotFound("the server could not find the requested resource");
    }

    private Task ServeGroupVersion(HttpContext context, GroupVersionDocument document)
    {
        var hash = context.Request.Query["hash"].ToString();
        if (hash.Length == 0)
        {
            return Write(context, "application/json", document.Json, "no-cache, private");
        }

        if (!string.Equals(hash, document.Hash, StringComparison.OrdinalIgnoreCase))
        {
            // upstream redirects a stale hash to the current document so caches keyed by URL stay correct.
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = $"/openapi/v3/{document.Path}?hash={document.Hash}";
            context.Response.Headers.CacheControl = "no-cache, private";
            return Task.CompletedTask;
        }

        context.Response.Headers.Expires = time.GetUtcNow().AddYears(1).ToString("R", CultureInfo.InvariantCulture);
        return Write(context, "application/json", document.Json, "public, immutable");
    }

    /// <summary>True when Accept names the gnostic v2 media type, in either spelling upstream accepts (<c>@v1.0</c> or <c>.v1.0</c>).</summary>
    public static bool WantsProtobuf(IEnumerable<string?> accept)
    {
        foreach (var header in accept)
        {
            foreach (var range in (header ?? "").Split(','))
            {
                var mediaType = range.Split(';')[0].Trim();
                if (mediaType.StartsWith("application/com.github.proto-openapi.spec.v2", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private OpenApiDocuments Documents()
    {
        var snapshot = catalog.Snapshot;
        lock (_lock)
        {
            if (_current is { } current && current.Generation == snapshot.Generation)
            {
                return current.Documents;
            }

            var documents = new OpenApiDocuments(snapshot.All, BuildInfo.KubernetesGitVersion, XmlDocumentation.For(typeof(KubeModel).Assembly));
            _current = (snapshot.Generation, documents);
            return documents;
        }
    }

    private static async Task Write(HttpContext context, string contentType, byte[] body, string? cacheControl)
    {
        var response = context.Response;
        var etag = "\"" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(body))[..32] + "\"";
        response.Headers.ETag = etag;
        response.Headers.Vary = "Accept";
        if (cacheControl is not null)
        {
            response.Headers.CacheControl = cacheControl;
        }

        if (context.Request.Headers.IfNoneMatch.Any(value => value == etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}
