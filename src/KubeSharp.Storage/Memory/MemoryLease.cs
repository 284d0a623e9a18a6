namespace KubeSharp.Storage.Memory;

/// <summary>A granted lease of <see cref="MemoryStorage"/>: its TTL, expiry and the keys attached to it.</summary>
internal sealed class MemoryLease(long id, long ttlSeconds, DateTimeOffset expiry)
{
    public long Id { get; } = id;

    public long TtlSeconds { get; } = ttlSeconds;

    public DateTimeOffset Expiry { get; set; } = expiry;

    public SortedSet<string> Keys { get; } = new(Internal.KeyOrder.Comparer);
}
