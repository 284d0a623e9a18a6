using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Endpoints;

/// <summary>Serves the requests the router gives it; the request's <c>RequestInfo</c> is in its features.</summary>
public interface IRequestHandler
{
    Task HandleAsync(HttpContext context);
}
