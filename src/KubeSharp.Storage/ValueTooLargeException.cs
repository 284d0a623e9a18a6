namespace KubeSharp.Storage;

/// <summary>
/// A value (with its key) exceeds the backend's request limit (etcd's "request is too large", 1.5 MiB by
/// default). The API server answers 413 Request Entity Too Large.
/// </summary>
public sealed class ValueTooLargeException : StorageException
{
    public ValueTooLargeException(string key, long size, long limit)
        : base($"etcdserver: request is too large ({key}: {size} bytes, limit {limit})", key)
    {
        Size = size;
        Limit = limit;
    }

    public long Size { get; }

    public long Limit { get; }
}
