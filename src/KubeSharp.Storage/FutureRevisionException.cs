namespace KubeSharp.Storage;

/// <summary>
/// A read or compaction asked for a revision the store has not reached (etcd's <c>ErrFutureRev</c>);
/// the API server answers with "Too large resource version" (HTTP 504 with retry-after, as upstream).
/// </summary>
public sealed class FutureRevisionException : StorageException
{
    public FutureRevisionException(long requestedRevision, long currentRevision)
        : base($"mvcc: required revision is a future revision (requested {requestedRevision}, current {currentRevision})")
    {
        RequestedRevision = requestedRevision;
        CurrentRevision = currentRevision;
    }

    public long RequestedRevision { get; }

    public long CurrentRevision { get; }
}
