namespace KubeSharp.Storage;

/// <summary>A create found the key already present (upstream's <c>ErrCodeKeyExists</c>, HTTP 409).</summary>
public sealed class KeyExistsException : StorageException
{
    public KeyExistsException(string key, KeyValue? current = null)
        : base($"key exists: {key}", key)
    {
        Current = current;
    }

    /// <summary>The version that is there, when the backend read it in the same step.</summary>
    public KeyValue? Current { get; }
}
