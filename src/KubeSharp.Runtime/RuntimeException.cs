namespace KubeSharp.Runtime;

/// <summary>A failed runtime call, carrying the status code the kubelet branches on.</summary>
public sealed class RuntimeException : Exception
{
    public RuntimeException()
        : this(RuntimeErrorCode.Unknown, "runtime error")
    {
    }

    public RuntimeException(string message)
        : this(RuntimeErrorCode.Unknown, message)
    {
    }

    public RuntimeException(string message, Exception innerException)
        : this(RuntimeErrorCode.Unknown, message, innerException)
    {
    }

    public RuntimeException(RuntimeErrorCode code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    public RuntimeErrorCode Code { get; }

    public static RuntimeException NotFound(string kind, string id) => new(RuntimeErrorCode.NotFound, $"{kind} \"{id}\" not found");

    public static RuntimeException InvalidArgument(string message) => new(RuntimeErrorCode.InvalidArgument, message);

    public static RuntimeException FailedPrecondition(string message) => new(RuntimeErrorCode.FailedPrecondition, message);
}
