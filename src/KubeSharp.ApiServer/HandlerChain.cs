using System.Globalization;
using KubeSharp.ApiServer.Authentication;
using KubeSharp.ApiServer.Authorization;
using KubeSharp.ApiServer.Endpoints;
using KubeSharp.ApiServer.Metrics;
using KubeSharp.ApiServer.Request;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KubeSharp.ApiServer;

/// <summary>
/// Every request's path through the server, in upstream's order (<c>DefaultBuildHandlerChain</c>): panic
/// recovery → request info → authentication → authorization → the router. Failures anywhere become a
/// <c>metav1.Status</c>; an unexpected exception is logged and answered 500, never a dropped connection.
/// Every request is counted and timed in the upstream-named metrics.
/// </summary>
internal sealed partial class HandlerChain(
    IAuthenticator authenticator,
    IAuthorizer authorizer,
    ApiServerMetrics metrics,
    Router router,
    ILogger<HandlerChain> logger,
    TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = time.GetTimestamp();
        var request = context.Request;
        var info = RequestInfoFactory.Parse(request.Method, request.Path.Value ?? "/", request.Query);
        context.Features.Set(info);
        var requestKind = info.Verb is "get" or "list" or "watch" ? "readOnly" : "mutating";
        var longRunning = info.Verb is "watch" or "proxy" || info.Subresource is "log" or "exec" or "attach" or "portforward" or "proxy";
        if (!longRunning)
        {
            metrics.InflightRequests.Add(1, requestKind);
        }

        try
        {
            var authentication = authenticator.Authenticate(context);
            if (authentication.Failed)
            {
                LogUnauthorized(info.Path, authentication.Error!);
                throw StatusError.Unauthorized();
            }

            // Only the public health and version paths may be read without credentials (k3s runs with
            // --anonymous-auth=false; we keep these open so load balancers and kubectl's dispatcher work).
            var user = authentication.User;
            if (user is null)
            {
                if (info.IsResourceRequest || !PublicPaths.IsPublic(info.Path))
                {
                    throw StatusError.Unauthorized();
                }

                user = UserInfo.AnonymousUser;
            }

            context.Features.Set(user);
            var (decision, reason) = authorizer.Authorize(new AuthorizationAttributes(user, info));
            if (decision != AuthorizationDecision.Allow)
            {
                throw Forbidden(user, info, reason);
            }

            await router.HandleAsync(context);
        }
        catch (StatusError error)
        {
            await StatusWriter.WriteAsync(context, error);
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await StatusWriter.WriteAsync(context, StatusError.RequestEntityTooLarge(
                $"limit is {context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize}"));
        }
        catch (BadHttpRequestException error)
        {
            await StatusWriter.WriteAsync(context, StatusError.BadRequest(error.Message));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception error)
        {
            LogPanic(error, request.Method, info.Path);
            await StatusWriter.WriteAsync(context, StatusError.InternalError("an unexpected error occurred while serving the request"));
        }
        finally
        {
            if (!longRunning)
            {
                metrics.InflightRequests.Add(-1, requestKind);
            }

            Record(context, info, time.GetElapsedTime(started));
        }
    }

    private void Record(HttpContext context, RequestInfo info, TimeSpan elapsed)
    {
        var verb = MetricVerb(context.Request, info);
        var dryRun = context.Request.Query.ContainsKey("dryRun") ? "All" : "";
        var scope = !info.IsResourceRequest ? "" : info.Name.Length > 0 ? "resource" : info.Namespace.Length > 0 ? "namespace" : "cluster";
        var code = context.Response.StatusCode.ToString(CultureInfo.InvariantCulture);
        metrics.RequestTotal.Inc(code, "apiserver", dryRun, info.ApiGroup, info.Resource, scope, info.Subresource, verb, info.ApiVersion);
        metrics.RequestDuration.Observe(elapsed.TotalSeconds, "apiserver", dryRun, info.ApiGroup, info.Resource, scope, info.Subresource, verb, info.ApiVersion);
    }

    /// <summary>Upstream's reported verbs: the installer's action names, APPLY for apply patches.</summary>
    private static string MetricVerb(HttpRequest request, RequestInfo info)
    {
        if (!info.IsResourceRequest)
        {
            return request.Method.ToUpperInvariant();
        }

        return info.Verb switch
        {
            "get" => "GET",
            "list" => "LIST",
            "watch" => "WATCH",
            "create" => info.Subresource.Length > 0 && request.Method == "GET" ? "CONNECT" : "POST",
            "update" => "PUT",
            "patch" => (request.ContentType ?? "").StartsWith("application/apply-patch", StringComparison.Ordinal) ? "APPLY" : "PATCH",
            "delete" => "DELETE",
            "deletecollection" => "DELETECOLLECTION",
            "proxy" => "CONNECT",
            var other => other.ToUpperInvariant(),
        };
    }

    /// <summary>Upstream's wording: <c>pods "x" is forbidden: User "u" cannot get resource "pods" in API group "" in the namespace "ns"</c>.</summary>
    private static StatusError Forbidden(UserInfo user, RequestInfo info, string reason)
    {
        string message;
        if (!info.IsResourceRequest)
        {
            message = $"forbidden: User \"{user.Name}\" cannot {info.Verb} path \"{info.Path}\"";
        }
        else
        {
            var resource = info.Subresource.Length > 0 ? $"{info.Resource}/{info.Subresource}" : info.Resource;
            var subject = info.Name.Length > 0 ? $"{info.Resource} \"{info.Name}\"" : info.Resource;
            var where = info.Namespace.Length > 0 ? $" in the namespace \"{info.Namespace}\"" : " at the cluster scope";
            message = $"{subject} is forbidden: User \"{user.Name}\" cannot {info.Verb} resource \"{resource}\" in API group \"{info.ApiGroup}\"{where}";
        }

        if (reason.Length > 0)
        {
            message += ": " + reason;
        }

        return new StatusError(403, "Forbidden", message)
        {
            HasDetails = true,
            Name = info.Name.Length > 0 ? info.Name : null,
            Group = info.ApiGroup.Length > 0 ? info.ApiGroup : null,
            Kind = info.Resource.Length > 0 ? info.Resource : null,
        };
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unauthorized request to {Path}: {Reason}")]
    private partial void LogUnauthorized(string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error serving {Method} {Path}")]
    private partial void LogPanic(Exception error, string method, string path);
}
