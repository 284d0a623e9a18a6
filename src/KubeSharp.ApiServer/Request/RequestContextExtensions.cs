using KubeSharp.ApiServer.Authentication;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Request;

/// <summary>What the handler chain learned about a request, carried in its features (upstream keeps it in the context).</summary>
public static class RequestContextExtensions
{
    public static RequestInfo GetRequestInfo(this HttpContext context) =>
        context.Features.Get<RequestInfo>() ?? throw new InvalidOperationException("the request has not been through the handler chain");

    public static UserInfo GetUser(this HttpContext context) =>
        context.Features.Get<UserInfo>() ?? UserInfo.AnonymousUser;
}
