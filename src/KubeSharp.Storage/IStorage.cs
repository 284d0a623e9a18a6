namespace KubeSharp.Storage;

/// <summary>
/// A multi-version key-value store with etcd's semantics. Bytes in, bytes out: the API server owns keys
/// (<c>/registry/&lt;resource&gt;/&lt;namespace&gt;/&lt;name&gt;</c>) and encoding.
/// </summary>
/// <remarks>
/// <para>One global revision counts every change; each write gets the next revision, so revisions order all
/// changes and every revision is exactly one event. Keys order by their UTF-8 bytes, as in etcd.</para>
/// <para>Writes are linearizable and durable once their task completes. Errors the API server maps to a
/// status are <see cref="StorageException"/> subclasses; argument mistakes are <see cref="ArgumentException"/>.</para>
/// </remarks>
public interface IStorage : IAsyncDisposable
{
    /// <summary>The latest committed revision (etcd's response header revision; upstream's GetCurrentResourceVersion).</summary>
    Task<long> GetCurrentRevisionAsync(CancellationToken cancellationToken = default);

    /// <summary>Revision, compaction point and on-disk size.</summary>
    Task<StorageStatus> GetStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The key's version at <paramref name="revision"/> (0: current), or null when it did not exist then.
    /// Throws <see cref="CompactedException"/> below the compacted revision, <see cref="FutureRevisionException"/>
    /// above the current one.
    /// </summary>
    Task<KeyValue?> GetAsync(string key, long revision = 0, CancellationToken cancellationToken = default);

    /// <summary>Keys under a prefix, paginated, at a revision (see <see cref="RangeOptions"/>); same errors as <see cref="GetAsync"/>.</summary>
    Task<RangeResult> RangeAsync(RangeOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates the key if it is absent; throws <see cref="KeyExistsException"/> otherwise. With a
    /// <paramref name="lease"/>, the key is deleted when the lease expires (<see cref="LeaseNotFoundException"/>
    /// if there is no such lease).
    /// </summary>
    Task<KeyValue> CreateAsync(string key, ReadOnlyMemory<byte> value, long lease = 0, CancellationToken cancellationToken = default);

    /// <summary>
    /// Compare-and-swap: replaces the value only if the key's modRevision is <paramref name="expectedModRevision"/>.
    /// Throws <see cref="ConflictException"/> (carrying the current version) on a mismatch and
    /// <see cref="NotFoundException"/> when the key is gone.
    /// </summary>
    Task<KeyValue> UpdateAsync(string key, ReadOnlyMemory<byte> value, long expectedModRevision, long lease = 0, CancellationToken cancellationToken = default);

    /// <summary>Unconditional write (etcd's Put): creates or replaces.</summary>
    Task<KeyValue> PutAsync(string key, ReadOnlyMemory<byte> value, long lease = 0, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the key; with <paramref name="expectedModRevision"/> other than 0 only if it matches
    /// (<see cref="ConflictException"/> otherwise). Throws <see cref="NotFoundException"/> when the key is absent.
    /// </summary>
    Task<DeleteResult> DeleteAsync(string key, long expectedModRevision = 0, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams every change to a key or prefix from a start revision: each event once, in revision order, with
    /// no gaps, plus progress notifications. The stream never drops a slow consumer silently: it catches up from
    /// history, or throws <see cref="CompactedException"/> if the history it needs has been compacted. It ends
    /// when <paramref name="cancellationToken"/> is cancelled, or throws <see cref="StorageUnavailableException"/>
    /// when the store closes.
    /// </summary>
    IAsyncEnumerable<WatchResponse> WatchAsync(WatchOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// Asks every open watch to send a progress notification as soon as it has delivered everything up to the
    /// current revision (etcd's <c>RequestProgress</c>; the API server uses it for consistent reads from its cache).
    /// </summary>
    Task RequestProgressAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Discards history at and below <paramref name="revision"/>, keeping each key's latest version at that point.
    /// Reads and watches from a compacted revision then throw <see cref="CompactedException"/>. Backends also
    /// compact on their own (see <see cref="StorageOptions"/>).
    /// </summary>
    Task CompactAsync(long revision, CancellationToken cancellationToken = default);

    /// <summary>Grants a lease; keys attached to it are deleted (with delete events) when it expires.</summary>
    /// <returns>The lease ID (positive).</returns>
    Task<long> GrantLeaseAsync(TimeSpan ttl, CancellationToken cancellationToken = default);

    /// <summary>Renews a lease for another full TTL; returns the TTL. <see cref="LeaseNotFoundException"/> if expired.</summary>
    Task<TimeSpan> KeepAliveLeaseAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Ends a lease now, deleting its keys.</summary>
    Task RevokeLeaseAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The lease's TTLs and keys, or null if there is no such lease.</summary>
    Task<LeaseStatus?> GetLeaseAsync(long id, CancellationToken cancellationToken = default);
}
