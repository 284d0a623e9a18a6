namespace KubeSharp.Runtime;

/// <summary>Why a runtime call failed; the subset of gRPC status codes CRI runtimes return and the kubelet inspects.</summary>
public enum RuntimeErrorCode
{
    /// <summary>An unexpected failure (gRPC <c>Unknown</c>/<c>Internal</c>).</summary>
    Unknown,

    /// <summary>The sandbox, container or image does not exist.</summary>
    NotFound,

    /// <summary>An object with that name or ID already exists (e.g. a sandbox name reserved by another sandbox).</summary>
    AlreadyExists,

    /// <summary>The request is malformed: a client error a person can act on.</summary>
    InvalidArgument,

    /// <summary>The object is not in a state that allows the call (e.g. starting an exited container).</summary>
    FailedPrecondition,

    /// <summary>The call did not finish in time.</summary>
    DeadlineExceeded,

    /// <summary>A dependency (registry, CNI, runc) is unavailable; retrying may help.</summary>
    Unavailable,

    /// <summary>Credentials were missing or rejected (registry 401/403).</summary>
    Unauthenticated,

    /// <summary>A limit was reached (disk, IP range).</summary>
    ResourceExhausted,
}
