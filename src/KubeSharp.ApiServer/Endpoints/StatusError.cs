namespace KubeSharp.ApiServer.Endpoints;

/// <summary>
/// A failure rendered as a <c>metav1.Status</c> with upstream's reason and code. Thrown anywhere below the
/// handler chain; the chain renders it (see <see cref="StatusWriter"/>).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "upstream's name: apimachinery errors.StatusError")]
public sealed class StatusError : Exception
{
    public StatusError(int code, string reason, string message)
        : base(message)
    {
        Code = code;
        Reason = reason;
    }

    public int Code { get; }

    public string Reason { get; }

    public string? Name { get; init; }

    public string? Group { get; init; }

    public string? Kind { get; init; }

    public string? Uid { get; init; }

    public int RetryAfterSeconds { get; init; }

    public IReadOnlyList<StatusCause> Causes { get; init; } = [];

    /// <summary>True when the details object has anything in it (upstream omits an empty one only in some errors).</summary>
    public bool HasDetails { get; init; }

    public static StatusError NotFound(string message) => new(404, "NotFound", message) { HasDetails = true };

    public static StatusError BadRequest(string message) => new(400, "BadRequest", message);

    public static StatusError MethodNotAllowed(string message) => new(405, "MethodNotAllowed", message) { HasDetails = true };

    public static StatusError Unauthorized() => new(401, "Unauthorized", "Unauthorized");

    public static StatusError Forbidden(string message) => new(403, "Forbidden", message) { HasDetails = true };

    public static StatusError InternalError(string message) =>
        new(500, "InternalError", $"Internal error occurred: {message}")
        {
            HasDetails = true,
            Causes = [new StatusCause(null, message, null)],
        };

    public static StatusError RequestEntityTooLarge(string message) =>
        new(413, "RequestEntityTooLarge", $"Request entity too large: {message}");

    public static StatusError UnsupportedMediaType(string contentType) =>
        new(415, "UnsupportedMediaType", $"the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf");

    public static StatusError NotAcceptable(string accepted) =>
        new(406, "NotAcceptable", $"only the following media types are accepted: {accepted}");
}
