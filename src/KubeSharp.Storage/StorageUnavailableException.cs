namespace KubeSharp.Storage;

/// <summary>
/// The store is closed, or stopped after a failure it cannot recover from in place (a failed fsync leaves
/// the outcome of a commit unknown, so the store refuses further work rather than guess). HTTP 503/500.
/// </summary>
public sealed class StorageUnavailableException : StorageException
{
    public StorageUnavailableException(string message, Exception? innerException = null)
        : base(message, null, innerException)
    {
    }
}
