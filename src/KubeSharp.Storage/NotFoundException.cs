namespace KubeSharp.Storage;

/// <summary>
/// The key an update or delete is about does not exist (upstream's <c>ErrCodeKeyNotFound</c>, HTTP 404).
/// </summary>
public sealed class NotFoundException : StorageException
{
    public NotFoundException(string key)
        : base($"key not found: {key}", key)
    {
    }
}
