using KubeSharp.ApiServer.Metrics;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Endpoints;

/// <summary><c>GET /metrics</c>: every registered metric in the Prometheus text format.</summary>
public sealed class MetricsEndpoint(MetricsRegistry registry) : IRequestHandler
{
    public async Task HandleAsync(HttpContext context)
    {
        context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
        await context.Response.WriteAsync(registry.Render(), context.RequestAborted);
    }
}
