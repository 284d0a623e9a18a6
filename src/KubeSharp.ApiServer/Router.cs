using KubeSharp.ApiServer.Endpoints;
using KubeSharp.ApiServer.Health;
using KubeSharp.ApiServer.Request;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer;

/// <summary>
/// Sends each request to its endpoint: health, version and metrics by path; <c>/api</c>, <c>/apis</c> and
/// <c>/openapi</c> to discovery and OpenAPI; everything naming a resource to the REST layer. Unknown
/// non-resource paths get Go's plain <c>404 page not found</c>, unknown API paths a NotFound Status, as upstream.
/// </summary>
internal sealed class Router(HealthChecks health, MetricsEndpoint metrics)
{
    private readonly Dictionary<string, IRequestHandler> _prefixes = new(StringComparer.Ordinal);

    /// <summary>Serves every path starting with <paramref name="prefix"/> (e.g. <c>/openapi/</c>) with <paramref name="handler"/>.</summary>
    public void Map(string prefix, IRequestHandler handler) => _prefixes[prefix] = handler;

    /// <summary>The REST layer, for resource requests; null until storage is wired.</summary>
    public IRequestHandler? Resources { get; set; }

    /// <summary>Discovery for <c>/api</c>, <c>/apis</c> and their group/version paths; null until wired.</summary>
    public IRequestHandler? Discovery { get; set; }

    public Task HandleAsync(HttpContext context)
    {
        var info = context.GetRequestInfo();
        if (info.IsResourceRequest)
        {
            return Resources is { } resources
                ? resources.HandleAsync(context)
                : throw StatusError.NotFound("the server could not find the requested resource");
        }

        var path = info.Path;
        switch (path)
        {
            case "/version" or "/version/":
                return VersionEndpoint.HandleAsync(context);
            case "/metrics":
                return metrics.HandleAsync(context);
        }

        foreach (var endpoint in (ReadOnlySpan<HealthEndpoint>)[health.Healthz, health.Livez, health.Readyz])
        {
            var root = "/" + endpoint.Name;
            if (path == root || path == root + "/")
            {
                return endpoint.HandleAsync(context, "");
            }

            if (path.StartsWith(root + "/", StringComparison.Ordinal))
            {
                return endpoint.HandleAsync(context, path[(root.Length + 1)..]);
            }
        }

        if (path is "/api" or "/apis" || path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/apis/", StringComparison.Ordinal))
        {
            return Discovery is { } discovery
                ? discovery.HandleAsync(context)
                : throw StatusError.NotFound("the server could not find the requested resource");
        }

        foreach (var (prefix, handler) in _prefixes)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal) || path == prefix.TrimEnd('/'))
            {
                return handler.HandleAsync(context);
            }
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("404 page not found\n", context.RequestAborted);
    }
}
