namespace KubeSharp.Storage;

/// <summary>
/// A guarded update or delete found a different modRevision than expected: someone else wrote first
/// (upstream's <c>ErrCodeResourceVersionConflicts</c>, HTTP 409 "the object has been modified").
/// </summary>
public sealed class ConflictException : StorageException
{
    public ConflictException(string key, long expectedModRevision, KeyValue current)
        : base($"resource version conflicts: {key} expected modRevision {expectedModRevision}, found {current.ModRevision}", key)
    {
        ExpectedModRevision = expectedModRevision;
        Current = current;
    }

    public long ExpectedModRevision { get; }

    /// <summary>The version that is there now, read in the same step, so a retry needs no extra read.</summary>
    public KeyValue Current { get; }
}
