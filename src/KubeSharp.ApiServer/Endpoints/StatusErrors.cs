using KubeSharp.Api.Scheme;
using KubeSharp.Machinery.Validation;

namespace KubeSharp.ApiServer.Endpoints;

/// <summary>
/// The API errors with upstream's reasons, codes and exact wording (apimachinery's <c>api/errors</c>): what
/// kubectl prints after <c>Error from server (Reason):</c>.
/// </summary>
public static class StatusErrors
{
    /// <summary>Upstream's qualified resource: <c>pods</c>, <c>deployments.apps</c>.</summary>
    public static string Qualified(GroupVersionResource resource) =>
        resource.Group.Length == 0 ? resource.Resource : resource.Resource + "." + resource.Group;

    public static StatusError NotFound(GroupVersionResource resource, string name) =>
        new(404, "NotFound", $"{Qualified(resource)} \"{name}\" not found")
        {
            HasDetails = true,
            Name = name,
            Group = NullIfEmpty(resource.Group),
            Kind = resource.Resource,
        };

    public static StatusError AlreadyExists(GroupVersionResource resource, string name) =>
        new(409, "AlreadyExists", $"{Qualified(resource)} \"{name}\" already exists")
        {
            HasDetails = true,
            Name = name,
            Group = NullIfEmpty(resource.Group),
            Kind = resource.Resource,
        };

    /// <summary>A stale resourceVersion on update or delete.</summary>
    public static StatusError Conflict(GroupVersionResource resource, string name, string reason) =>
        new(409, "Conflict", $"Operation cannot be fulfilled on {Qualified(resource)} \"{name}\": {reason}")
        {
            HasDetails = true,
            Name = name,
            Group = NullIfEmpty(resource.Group),
            Kind = resource.Resource,
        };

    public const string OptimisticLockMessage = "the object has been modified; please apply your changes to the latest version and try again";

    /// <summary>
    /// Validation failures (422): <c>Kind "name" is invalid: field: message</c>, one cause per error; several
    /// errors are listed in brackets, as upstream's NewInvalid does.
    /// </summary>
    public static StatusError Invalid(GroupVersionKind kind, string name, IReadOnlyList<FieldError> errors)
    {
        var list = new FieldErrorList(errors);
        var aggregate = list.AggregateMessage() ?? "";
        return new StatusError(422, "Invalid", $"{Qualified(kind)} \"{name}\" is invalid: {aggregate}")
        {
            HasDetails = true,
            Name = name,
            Group = NullIfEmpty(kind.Group),
            Kind = kind.Kind,
            Causes = [.. errors.Select(e => new StatusCause(e.Type, e.ErrorBody(), e.Field))],
        };
    }

    /// <summary>Upstream's NewInvalid names the kind as <c>Kind.group</c> for named groups.</summary>
    public static string Qualified(GroupVersionKind kind) => kind.Group.Length == 0 ? kind.Kind : kind.Kind + "." + kind.Group;

    /// <summary>The request was understood but refused (403), e.g. a terminating namespace.</summary>
    public static StatusError Forbidden(GroupVersionResource resource, string name, string reason, StatusCause? cause = null) =>
        new(403, "Forbidden", $"{Qualified(resource)} \"{name}\" is forbidden: {reason}")
        {
            HasDetails = true,
            Name = name,
            Group = NullIfEmpty(resource.Group),
            Kind = resource.Resource,
            Causes = cause is null ? [] : [cause],
        };

    /// <summary>410 Gone: a resourceVersion or continue token older than the retained history.</summary>
    public static StatusError Expired(string message) => new(410, "Expired", message);

    /// <summary>410 for a watch from a compacted resourceVersion: <c>too old resource version: 1 (5)</c>.</summary>
    public static StatusError TooOldResourceVersion(long requested, long oldest) =>
        new(410, "Expired", $"too old resource version: {requested} ({oldest})");

    /// <summary>The wording upstream uses when a continue token points into compacted history.</summary>
    public const string ExpiredContinueMessage =
        "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.";

    /// <summary>A request that waited too long (e.g. for a future resourceVersion): 504 with Retry-After.</summary>
    public static StatusError Timeout(string message, int retryAfterSeconds) =>
        new(504, "Timeout", $"Timeout: {message}") { HasDetails = true, RetryAfterSeconds = retryAfterSeconds };

    public static StatusError TooManyRequests(string message, int retryAfterSeconds) =>
        new(429, "TooManyRequests", message) { HasDetails = true, RetryAfterSeconds = retryAfterSeconds };

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
