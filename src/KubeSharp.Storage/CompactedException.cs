namespace KubeSharp.Storage;

/// <summary>
/// The revision asked for has been compacted away (etcd's <c>ErrCompacted</c>). The API server answers
/// 410 Gone ("too old resource version"), and the client relists.
/// </summary>
public sealed class CompactedException : StorageException
{
    public CompactedException(long requestedRevision, long compactRevision)
        : base($"mvcc: required revision has been compacted (requested {requestedRevision}, compacted {compactRevision})")
    {
        RequestedRevision = requestedRevision;
        CompactRevision = compactRevision;
    }

    public long RequestedRevision { get; }

    /// <summary>History at or below this revision is gone.</summary>
    public long CompactRevision { get; }
}
