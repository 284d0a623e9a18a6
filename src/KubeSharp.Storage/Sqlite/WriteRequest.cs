using System.Text;

namespace KubeSharp.Storage.Sqlite;

/// <summary>
/// One operation queued for the single writer. Its task completes only after the batch that carries it is
/// committed (fsynced) and its events are published, so an acknowledged write is durable and visible.
/// </summary>
internal sealed class WriteRequest
{
    private WriteRequest(WriteKind kind, string key)
    {
        Kind = kind;
        Key = key;
        KeyBytes = key.Length == 0 ? [] : Encoding.UTF8.GetBytes(key);
    }

    public WriteKind Kind { get; }

    public string Key { get; }

    public byte[] KeyBytes { get; }

    public byte[] Value { get; private init; } = [];

    /// <summary>Expected modRevision for guarded writes; lease ID for revoke; target revision for compaction.</summary>
    public long Expected { get; private init; }

    /// <summary>Lease to attach for puts; TTL seconds for grants; upper revision for compaction chunks.</summary>
    public long Lease { get; private init; }

    public TaskCompletionSource<WriteOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Filled by the writer; delivered after commit.</summary>
    public WriteOutcome Outcome { get; set; }

    /// <summary>Filled by the writer when the operation is refused (conflict, exists, ...); delivered after commit.</summary>
    public Exception? Error { get; set; }

    public bool IsMaintenance => Kind is WriteKind.CompactChunk or WriteKind.Vacuum;

    public static WriteRequest Write(WriteKind kind, string key, ReadOnlyMemory<byte> value, long expected, long lease) =>
        new(kind, key) { Value = value.ToArray(), Expected = expected, Lease = lease };

    public static WriteRequest Delete(string key, long expected) => new(WriteKind.Delete, key) { Expected = expected };

    public static WriteRequest Grant(long ttlSeconds) => new(WriteKind.GrantLease, "") { Lease = ttlSeconds };

    public static WriteRequest Revoke(long id) => new(WriteKind.RevokeLease, "") { Expected = id };

    public static WriteRequest CompactStart(long revision) => new(WriteKind.CompactStart, "") { Expected = revision };

    public static WriteRequest CompactChunk(long from, long to) => new(WriteKind.CompactChunk, "") { Expected = from, Lease = to };

    public static WriteRequest Vacuum(long pages) => new(WriteKind.Vacuum, "") { Expected = pages };
}
