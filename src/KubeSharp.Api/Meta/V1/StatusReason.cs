namespace KubeSharp.Api.Meta.V1;

/// <summary>Machine-readable reasons of a failed <see cref="Status"/>, each tied to one HTTP status code.</summary>
public static class StatusReason
{
    /// <summary>No specific reason given (500).</summary>
    public const string Unknown = "";

    /// <summary>401.</summary>
    public const string Unauthorized = "Unauthorized";

    /// <summary>403.</summary>
    public const string Forbidden = "Forbidden";

    /// <summary>404.</summary>
    public const string NotFound = "NotFound";

    /// <summary>409, on create of an existing name.</summary>
    public const string AlreadyExists = "AlreadyExists";

    /// <summary>409, such as a stale resourceVersion on update.</summary>
    public const string Conflict = "Conflict";

    /// <summary>410.</summary>
    public const string Gone = "Gone";

    /// <summary>422, with one cause per invalid field.</summary>
    public const string Invalid = "Invalid";

    /// <summary>500, the client should retry.</summary>
    public const string ServerTimeout = "ServerTimeout";

    /// <summary>504.</summary>
    public const string Timeout = "Timeout";

    /// <summary>429.</summary>
    public const string TooManyRequests = "TooManyRequests";

    /// <summary>400.</summary>
    public const string BadRequest = "BadRequest";

    /// <summary>405.</summary>
    public const string MethodNotAllowed = "MethodNotAllowed";

    /// <summary>406.</summary>
    public const string NotAcceptable = "NotAcceptable";

    /// <summary>413.</summary>
    public const string RequestEntityTooLarge = "RequestEntityTooLarge";

    /// <summary>415.</summary>
    public const string UnsupportedMediaType = "UnsupportedMediaType";

    /// <summary>500.</summary>
    public const string InternalError = "InternalError";

    /// <summary>410, such as a watch from a compacted resourceVersion.</summary>
    public const string Expired = "Expired";

    /// <summary>503.</summary>
    public const string ServiceUnavailable = "ServiceUnavailable";
}
