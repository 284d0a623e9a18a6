using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Machinery.Errors;

/// <summary>
/// An API error carrying the meta/v1 <see cref="Api.Meta.V1.Status"/> the API server returns (upstream's
/// <c>apierrors.StatusError</c>). Build one with the factory methods of <see cref="ApiErrors"/>, which use
/// upstream's reasons, codes and message texts.
/// </summary>
public sealed class ApiException : Exception
{
    public ApiException()
        : this(new Status { Kind = "Status", ApiVersion = "v1", Result = Status.Failure, Code = 500, Reason = StatusReason.InternalError, Message = "unknown error" })
    {
    }

    public ApiException(string message)
        : this(new Status { Kind = "Status", ApiVersion = "v1", Result = Status.Failure, Code = 500, Reason = StatusReason.Unknown, Message = message })
    {
    }

    public ApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = new Status { Kind = "Status", ApiVersion = "v1", Result = Status.Failure, Code = 500, Reason = StatusReason.Unknown, Message = message };
    }

    public ApiException(Status status)
        : base(status.Message ?? "")
    {
        Status = status;
    }

    public Status Status { get; }

    /// <summary>The HTTP status code to answer with.</summary>
    public int Code => Status.Code ?? 500;

    /// <summary>One of <see cref="StatusReason"/>; empty when unknown.</summary>
    public string Reason => Status.Reason ?? StatusReason.Unknown;
}
