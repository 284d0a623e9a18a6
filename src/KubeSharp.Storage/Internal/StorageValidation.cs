using System.Text;

namespace KubeSharp.Storage.Internal;

/// <summary>Argument checks every backend applies the same way, before any work.</summary>
internal static class StorageValidation
{
    public static void Key(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
        {
            // As etcd: "etcdserver: key is not provided".
            throw new ArgumentException("key is not provided", nameof(key));
        }
    }

    public static void Size(string key, ReadOnlyMemory<byte> value, int limit)
    {
        var size = (long)Encoding.UTF8.GetByteCount(key) + value.Length;
        if (size > limit)
        {
            throw new ValueTooLargeException(key, size, limit);
        }
    }

    public static void Range(RangeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Prefix);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Limit);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Revision);
        if (options.StartKey is not null && !options.StartKey.StartsWith(options.Prefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"start key {options.StartKey} is outside prefix {options.Prefix}", nameof(options));
        }
    }

    public static void Watch(WatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Key);
        ArgumentOutOfRangeException.ThrowIfNegative(options.StartRevision);
        if (options.Key.Length == 0 && !options.Prefix)
        {
            throw new ArgumentException("key is not provided", nameof(options));
        }
    }

    /// <summary>Lease TTLs are whole seconds, as etcd's; at least one.</summary>
    public static long TtlSeconds(TimeSpan ttl)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero, nameof(ttl));
        return Math.Max(1, (long)Math.Ceiling(ttl.TotalSeconds));
    }

    public static void ModRevision(long expectedModRevision)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(expectedModRevision, 0, nameof(expectedModRevision));
    }
}
