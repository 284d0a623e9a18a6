namespace KubeSharp.Storage;

/// <summary>
/// Base of every error a storage backend reports on purpose. The API server maps each subclass to a status,
/// as upstream's <c>storage.StorageError</c> codes are mapped in <c>interpretStorageError</c>.
/// </summary>
public abstract class StorageException : Exception
{
    protected StorageException(string message, string? key = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Key = key;
    }

    /// <summary>The key the operation was about, when it was about one.</summary>
    public string? Key { get; }
}
