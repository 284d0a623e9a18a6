using System.Collections.Concurrent;
using System.Globalization;
using KubeSharp.ApiServer.Registry;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Endpoints.Discovery;

/// <summary>
/// Serves <c>/api</c>, <c>/apis</c>, <c>/apis/GROUP</c> and the group-version resource lists. <c>/api</c> and
/// <c>/apis</c> answer in the aggregated format when the client's <c>Accept</c> asks for it (v2 or v2beta1),
/// legacy otherwise; rendered documents are cached per catalog generation and carry an ETag, and a matching
/// <c>If-None-Match</c> gets 304, as upstream.
/// </summary>
public sealed class DiscoveryEndpoint(ResourceCatalog catalog) : IRequestHandler
{
    private readonly ConcurrentDictionary<(long Generation, string Key), (byte[] Body, string ETag)> _cache = new();

    public Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            throw StatusError.MethodNotAllowed("the server does not allow this method on the requested resource");
        }

        var snapshot = catalog.Snapshot;
        var parts = (context.Request.Path.Value ?? "").Trim('/').Split('/');
        switch (parts)
        {
            case ["api"]:
                return ServeRoot(context, snapshot, core: true);
            case ["apis"]:
                return ServeRoot(context, snapshot, core: false);
            case ["api", "v1"]:
                return ServeResourceList(context, snapshot, "", "v1");
            case ["apis", var group] when snapshot.VersionsOf(group).Count > 0:
                return Serve(context, snapshot, "group/" + group, "application/json", () => DiscoveryDocuments.ApiGroup(group, snapshot.VersionsOf(group)));
            case ["apis", var group, var version]:
                return ServeResourceList(context, snapshot, group, version);
            default:
                throw StatusError.NotFound("the server could not find the requested resource");
        }
    }

    private Task ServeRoot(HttpContext context, CatalogSnapshot snapshot, bool core)
    {
        context.Response.Headers.Vary = "Accept";
        var format = DiscoveryNegotiation.Negotiate(context.Request.Headers.Accept);
        if (format != DiscoveryFormat.Legacy)
        {
            return Serve(context, snapshot, $"aggregated/{core}/{format}", DiscoveryNegotiation.ContentType(format), () => DiscoveryDocuments.Aggregated(snapshot, core, format));
        }

        if (core)
        {
            // The server address differs per listener, so /api is rendered per request (it is tiny).
            var local = context.Connection.LocalIpAddress;
            var address = local is null ? "127.0.0.1:6443" : $"{(local.IsIPv4MappedToIPv6 ? local.MapToIPv4() : local)}:{context.Connection.LocalPort.ToString(CultureInfo.InvariantCulture)}";
            return Write(context, "application/json", DiscoveryDocuments.ApiVersions(address), null);
        }

        return Serve(context, snapshot, "groups", "application/json", () => DiscoveryDocuments.ApiGroupList(snapshot));
    }

    private Task ServeResourceList(HttpContext context, CatalogSnapshot snapshot, string group, string version)
    {
        var resources = snapshot.ResourcesOf(group, version);
        if (resources.Count == 0)
        {
            throw StatusError.NotFound("the server could not find the requested resource");
        }

        return Serve(context, snapshot, $"resources/{group}/{version}", "application/json", () => DiscoveryDocuments.ApiResourceList(group, version, resources));
    }

    private Task Serve(HttpContext context, CatalogSnapshot snapshot, string key, string contentType, Func<byte[]> render)
    {
        var (body, etag) = _cache.GetOrAdd((snapshot.Generation, key), _ =>
        {
            var rendered = render();
            return (rendered, DiscoveryDocuments.ETag(rendered));
        });
        if (_cache.Count > 256)
        {
            foreach (var stale in _cache.Keys.Where(k => k.Generation != snapshot.Generation))
            {
                _cache.TryRemove(stale, out _);
            }
        }

        return Write(context, contentType, body, etag);
    }

    private static async Task Write(HttpContext context, string contentType, byte[] body, string? etag)
    {
        var response = context.Response;
        if (etag is not null)
        {
            response.Headers.ETag = etag;
            response.Headers.CacheControl = "public";
            if (context.Request.Headers.IfNoneMatch.Any(value => value == etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}
