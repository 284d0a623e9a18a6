using System.Globalization;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Machinery.Apply;
using KubeSharp.Machinery.Patch;
using KubeSharp.Machinery.Validation;

namespace KubeSharp.Machinery.Errors;

/// <summary>
/// Factories for <see cref="ApiException"/> with upstream's reasons, codes and messages
/// (k8s.io/apimachinery/pkg/api/errors): <c>pods "web" not found</c>,
/// <c>Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: …</c>, and so on. Resources are
/// named by group and plural resource (<c>("apps", "deployments")</c>), kinds by group and kind.
/// </summary>
public static class ApiErrors
{
    public static ApiException NotFound(string group, string resource, string name) =>
        New(404, StatusReason.NotFound, $"{GroupResource(group, resource)} {Q(name)} not found", Details(group, resource, name));

    public static ApiException AlreadyExists(string group, string resource, string name) =>
        New(409, StatusReason.AlreadyExists, $"{GroupResource(group, resource)} {Q(name)} already exists", Details(group, resource, name));

    public static ApiException GenerateNameConflict(string group, string resource, string name, int retryAfterSeconds)
    {
        var details = Details(group, resource, name);
        details.RetryAfterSeconds = retryAfterSeconds;
        return New(409, StatusReason.AlreadyExists, $"{GroupResource(group, resource)} {Q(name)} already exists, the server was not able to generate a unique name for the object", details);
    }

    public static ApiException Unauthorized(string reason) =>
        New(401, StatusReason.Unauthorized, reason.Length == 0 ? "not authorized" : reason, null);

    /// <summary><c>pods "web" is forbidden: &lt;reason&gt;</c>, or without a name, or <c>forbidden: &lt;reason&gt;</c>.</summary>
    public static ApiException Forbidden(string group, string resource, string name, string reason)
    {
        var message = group.Length == 0 && resource.Length == 0
            ? $"forbidden: {reason}"
            : name.Length == 0
                ? $"{GroupResource(group, resource)} is forbidden: {reason}"
                : $"{GroupResource(group, resource)} {Q(name)} is forbidden: {reason}";
        return New(403, StatusReason.Forbidden, message, Details(group, resource, name));
    }

    /// <summary><c>Operation cannot be fulfilled on pods "web": &lt;reason&gt;</c> (409).</summary>
    public static ApiException Conflict(string group, string resource, string name, string reason) =>
        New(409, StatusReason.Conflict, $"Operation cannot be fulfilled on {GroupResource(group, resource)} {Q(name)}: {reason}", Details(group, resource, name));

    /// <summary>The 409 of a server-side apply with conflicts: one FieldManagerConflict cause per field.</summary>
    public static ApiException ApplyConflict(IReadOnlyList<ApplyConflict> conflicts) =>
        New(409, StatusReason.Conflict, ManagerConflicts.Message(conflicts), new StatusDetails
        {
            Causes = [.. ManagerConflicts.Causes(conflicts).Select(c => new StatusCause { Type = c.Type, Message = c.Message, Field = c.Field })],
        });

    public static ApiException Gone(string message) => New(410, StatusReason.Gone, message, null);

    /// <summary>410 Expired, e.g. a watch or list from a compacted resourceVersion.</summary>
    public static ApiException ResourceExpired(string message) => New(410, StatusReason.Expired, message, null);

    /// <summary>
    /// 422 Invalid with one cause per field error: <c>Pod "web" is invalid: [spec.containers[0].image: Required value, …]</c>.
    /// </summary>
    public static ApiException Invalid(string group, string kind, string name, FieldErrorList errors)
    {
        var details = new StatusDetails
        {
            Group = group.Length == 0 ? null : group,
            Kind = kind,
            Name = name.Length == 0 ? null : name,
            Causes = [.. errors.Select(e => new StatusCause { Type = e.Type, Message = e.ErrorBody(), Field = e.Field })],
        };
        var qualifiedKind = group.Length == 0 ? kind : kind + "." + group;
        var aggregate = errors.AggregateMessage();
        var message = aggregate is null ? $"{qualifiedKind} {Q(name)} is invalid" : $"{qualifiedKind} {Q(name)} is invalid: {aggregate}";
        return New(422, StatusReason.Invalid, message, details);
    }

    public static ApiException BadRequest(string reason) => New(400, StatusReason.BadRequest, reason, null);

    public static ApiException TooManyRequests(string message, int retryAfterSeconds) =>
        New(429, StatusReason.TooManyRequests, message, new StatusDetails { RetryAfterSeconds = retryAfterSeconds });

    public static ApiException ServiceUnavailable(string reason) => New(503, StatusReason.ServiceUnavailable, reason, null);

    /// <summary><c>&lt;action&gt; is not supported on resources of kind "pods"</c> (405).</summary>
    public static ApiException MethodNotSupported(string group, string resource, string action) =>
        New(405, StatusReason.MethodNotAllowed, $"{action} is not supported on resources of kind {Q(GroupResource(group, resource))}", Details(group, resource, ""));

    public static ApiException ServerTimeout(string group, string resource, string operation, int retryAfterSeconds)
    {
        var details = Details(group, resource, operation);
        details.RetryAfterSeconds = retryAfterSeconds;
        return New(500, StatusReason.ServerTimeout, $"The {operation} operation against {GroupResource(group, resource)} could not be completed at this time, please try again.", details);
    }

    /// <summary><c>Internal error occurred: &lt;error&gt;</c> (500) with the error as its one cause.</summary>
    public static ApiException InternalError(string error) =>
        New(500, StatusReason.InternalError, "Internal error occurred: " + error, new StatusDetails { Causes = [new StatusCause { Message = error }] });

    public static ApiException Timeout(string message, int retryAfterSeconds) =>
        New(504, StatusReason.Timeout, "Timeout: " + message, new StatusDetails { RetryAfterSeconds = retryAfterSeconds });

    public static ApiException TooManyRequestsError(string message) =>
        New(429, StatusReason.TooManyRequests, "Too many requests: " + message, null);

    public static ApiException RequestEntityTooLarge(string message) =>
        New(413, StatusReason.RequestEntityTooLarge, "Request entity too large: " + message, null);

    /// <summary>
    /// An error that is not an API status, as the API server renders it: 500, reason unknown, the error's text
    /// (upstream's ErrorToAPIStatus fallback).
    /// </summary>
    public static ApiException Unknown(string message) => New(500, StatusReason.Unknown, message, null);

    /// <summary>
    /// Upstream's NewGenericServerResponse: a fixed message per code (the server message is kept for 403,
    /// 406 and 415), with <c>(verb resource name)</c> appended when a resource is named.
    /// </summary>
    public static ApiException GenericServerResponse(int code, string verb, string group, string resource, string name, string serverMessage, int retryAfterSeconds, bool isUnexpectedResponse)
    {
        var reason = StatusReason.Unknown;
        var message = string.Create(CultureInfo.InvariantCulture, $"the server responded with the status code {code} but did not return more information");
        switch (code)
        {
            case 409:
                reason = verb == "POST" ? StatusReason.AlreadyExists : StatusReason.Conflict;
                message = "the server reported a conflict";
                break;
            case 404:
                reason = StatusReason.NotFound;
                message = "the server could not find the requested resource";
                break;
            case 400:
                reason = StatusReason.BadRequest;
                message = "the server rejected our request for an unknown reason";
                break;
            case 401:
                reason = StatusReason.Unauthorized;
                message = "the server has asked for the client to provide credentials";
                break;
            case 403:
                reason = StatusReason.Forbidden;
                message = serverMessage;
                break;
            case 406:
                reason = StatusReason.NotAcceptable;
                message = serverMessage.Length == 0 || serverMessage == "unknown"
                    ? "the server was unable to respond with a content type that the client supports"
                    : serverMessage;
                break;
            case 415:
                reason = StatusReason.UnsupportedMediaType;
                message = serverMessage;
                break;
            case 405:
                reason = StatusReason.MethodNotAllowed;
                message = "the server does not allow this method on the requested resource";
                break;
            case 422:
                reason = StatusReason.Invalid;
                message = "the server rejected our request due to an error in our request";
                break;
            case 503:
                reason = StatusReason.ServiceUnavailable;
                message = "the server is currently unable to handle the request";
                break;
            case 504:
                reason = StatusReason.Timeout;
                message = "the server was unable to return a response in the time allotted, but may still be processing the request";
                break;
            case 429:
                reason = StatusReason.TooManyRequests;
                message = "the server has received too many requests and has asked us to try again later";
                break;
            default:
                if (code >= 500)
                {
                    reason = StatusReason.InternalError;
                    message = $"an error on the server ({Q(serverMessage)}) has prevented the request from succeeding";
                }

                break;
        }

        var hasResource = group.Length > 0 || resource.Length > 0;
        if (hasResource && name.Length > 0)
        {
            message = $"{message} ({verb.ToLowerInvariant()} {GroupResource(group, resource)} {name})";
        }
        else if (hasResource)
        {
            message = $"{message} ({verb.ToLowerInvariant()} {GroupResource(group, resource)})";
        }

        var details = Details(group, resource, name);
        details.RetryAfterSeconds = retryAfterSeconds == 0 ? null : retryAfterSeconds;
        if (isUnexpectedResponse)
        {
            details.Causes = [new StatusCause { Type = CauseType.UnexpectedServerResponse, Message = serverMessage }];
        }

        return New(code, reason, message, details);
    }

    /// <summary>
    /// The status the API server's patch handler answers with for a failed patch: 400 for a malformed patch,
    /// upstream's generic 422 for one that does not apply, 500 otherwise.
    /// </summary>
    public static ApiException FromPatch(PatchException error) => error.Kind switch
    {
        PatchErrorKind.BadRequest => BadRequest(error.Message),
        PatchErrorKind.Unprocessable => GenericServerResponse(422, "", "", "", "", error.Message, 0, false),
        _ => Unknown(error.Message),
    };

    public static bool IsNotFound(Exception? error) => Is(error, StatusReason.NotFound, 404);

    public static bool IsAlreadyExists(Exception? error) => (error as ApiException)?.Reason == StatusReason.AlreadyExists;

    public static bool IsConflict(Exception? error) => Is(error, StatusReason.Conflict, 409);

    public static bool IsInvalid(Exception? error) => Is(error, StatusReason.Invalid, 422);

    public static bool IsGone(Exception? error) => Is(error, StatusReason.Gone, 410);

    public static bool IsResourceExpired(Exception? error) => (error as ApiException)?.Reason == StatusReason.Expired;

    public static bool IsBadRequest(Exception? error) => Is(error, StatusReason.BadRequest, 400);

    public static bool IsForbidden(Exception? error) => Is(error, StatusReason.Forbidden, 403);

    public static bool IsUnauthorized(Exception? error) => Is(error, StatusReason.Unauthorized, 401);

    public static bool IsMethodNotSupported(Exception? error) => Is(error, StatusReason.MethodNotAllowed, 405);

    public static bool IsServiceUnavailable(Exception? error) => Is(error, StatusReason.ServiceUnavailable, 503);

    public static bool IsInternalError(Exception? error) => Is(error, StatusReason.InternalError, 500);

    public static bool IsTimeout(Exception? error) => Is(error, StatusReason.Timeout, 504);

    public static bool IsServerTimeout(Exception? error) => (error as ApiException)?.Reason == StatusReason.ServerTimeout;

    /// <summary>Upstream also matches 429 by code whatever the reason.</summary>
    public static bool IsTooManyRequests(Exception? error) =>
        error is ApiException e && (e.Reason == StatusReason.TooManyRequests || e.Code == 429);

    /// <summary>
    /// Upstream's Is* rule: the reason matches, or the reason is not one upstream knows and the code matches.
    /// </summary>
    private static bool Is(Exception? error, string reason, int code) =>
        error is ApiException e && (e.Reason == reason || (!KnownReasons.Contains(e.Reason) && e.Code == code));

    private static readonly HashSet<string> KnownReasons =
    [
        StatusReason.Unauthorized, StatusReason.Forbidden, StatusReason.NotFound, StatusReason.AlreadyExists,
        StatusReason.Conflict, StatusReason.Gone, StatusReason.Invalid, StatusReason.ServerTimeout, "StoreReadError",
        StatusReason.Timeout, StatusReason.TooManyRequests, StatusReason.BadRequest, StatusReason.MethodNotAllowed,
        StatusReason.NotAcceptable, StatusReason.RequestEntityTooLarge, StatusReason.UnsupportedMediaType,
        StatusReason.InternalError, StatusReason.Expired, StatusReason.ServiceUnavailable,
    ];

    /// <summary>schema.GroupResource.String(): <c>pods</c>, <c>deployments.apps</c>.</summary>
    public static string GroupResource(string group, string resource) => group.Length == 0 ? resource : resource + "." + group;

    private static StatusDetails Details(string group, string resource, string name) => new()
    {
        Group = group.Length == 0 ? null : group,
        Kind = resource.Length == 0 ? null : resource,
        Name = name.Length == 0 ? null : name,
    };

    private static ApiException New(int code, string reason, string message, StatusDetails? details) =>
        new(new Status
        {
            Kind = "Status",
            ApiVersion = "v1",
            Result = Status.Failure,
            Code = code,
            Reason = reason,
            Message = message,
            Details = details,
        });

    private static string Q(string value) => Internal.GoFormat.Quote(value);
}
