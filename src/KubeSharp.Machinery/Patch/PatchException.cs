namespace KubeSharp.Machinery.Patch;

/// <summary>A patch that cannot be decoded or applied; <see cref="Exception.Message"/> is upstream's text.</summary>
public sealed class PatchException : Exception
{
    public PatchException()
        : this("patch failed", PatchErrorKind.Internal)
    {
    }

    public PatchException(string message)
        : this(message, PatchErrorKind.Internal)
    {
    }

    public PatchException(string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = PatchErrorKind.Internal;
    }

    public PatchException(string message, PatchErrorKind kind)
        : base(message)
    {
        Kind = kind;
    }

    public PatchErrorKind Kind { get; }
}
