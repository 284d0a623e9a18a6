namespace KubeSharp.Storage;

/// <summary>Where the store stands, as etcd's <c>StatusResponse</c>.</summary>
/// <param name="Revision">The current (latest committed) revision.</param>
/// <param name="CompactRevision">History at or below this revision has been compacted away (0: none).</param>
/// <param name="DbSizeBytes">Bytes the backend occupies on disk (0 for memory).</param>
/// <param name="DbSizeInUseBytes">Bytes of that in use; the rest is free space awaiting reuse.</param>
public sealed record StorageStatus(long Revision, long CompactRevision, long DbSizeBytes, long DbSizeInUseBytes);
