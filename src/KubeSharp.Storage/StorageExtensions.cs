namespace KubeSharp.Storage;

/// <summary>Helpers every <see cref="IStorage"/> gets, written only against the interface.</summary>
public static class StorageExtensions
{
    /// <summary>
    /// Reads the key, lets <paramref name="tryUpdate"/> compute the new value from it, and writes it guarded by
    /// the modRevision it read; on a conflict it starts again from the version the conflict carried. As upstream's
    /// <c>etcd3.store.GuaranteedUpdate</c>: a new value equal to the current bytes is not written, and with
    /// <paramref name="ignoreNotFound"/> an absent key is passed as null and created.
    /// </summary>
    /// <param name="tryUpdate">Gets the current version (null if absent) and returns the new bytes; throw to abort.</param>
    /// <param name="cachedExisting">A version the caller already holds (e.g. from a watch cache), tried first instead of a read.</param>
    /// <returns>The version now stored.</returns>
    public static async Task<KeyValue> GuaranteedUpdateAsync(
        this IStorage storage,
        string key,
        Func<KeyValue?, CancellationToken, ValueTask<ReadOnlyMemory<byte>>> tryUpdate,
        bool ignoreNotFound = false,
        KeyValue? cachedExisting = null,
        long lease = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(tryUpdate);
        var current = cachedExisting ?? await storage.GetAsync(key, 0, cancellationToken).ConfigureAwait(false);
        var fromCache = cachedExisting is not null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (current is null && !ignoreNotFound)
            {
                throw new NotFoundException(key);
            }

            var updated = await tryUpdate(current, cancellationToken).ConfigureAwait(false);
            if (current is not null && current.Lease == lease && updated.Span.SequenceEqual(current.Value.Span))
            {
                if (!fromCache)
                {
                    return current;
                }

                // A cached version may be stale: confirm it before reporting "unchanged", as upstream does.
                current = await storage.GetAsync(key, 0, cancellationToken).ConfigureAwait(false);
                fromCache = false;
                continue;
            }

            try
            {
                return current is null
                    ? await storage.CreateAsync(key, updated, lease, cancellationToken).ConfigureAwait(false)
                    : await storage.UpdateAsync(key, updated, current.ModRevision, lease, cancellationToken).ConfigureAwait(false);
            }
            catch (ConflictException conflict)
            {
                current = conflict.Current;
            }
            catch (KeyExistsException exists)
            {
                current = exists.Current ?? await storage.GetAsync(key, 0, cancellationToken).ConfigureAwait(false);
            }
            catch (NotFoundException)
            {
                current = null;
            }

            fromCache = false;
        }
    }

    /// <summary>Every current key under a prefix, read page by page at one revision (for tests and tools).</summary>
    public static async Task<IReadOnlyList<KeyValue>> ListAllAsync(this IStorage storage, string prefix, long pageSize = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var all = new List<KeyValue>();
        var options = new RangeOptions(prefix) { Limit = pageSize };
        while (true)
        {
            var page = await storage.RangeAsync(options, cancellationToken).ConfigureAwait(false);
            all.AddRange(page.Kvs);
            if (!page.More)
            {
                return all;
            }

            // Continue after the last key at the same revision, as the API server's continue token does.
            options = options with { StartKey = page.Kvs[^1].Key + "\0", Revision = page.Revision };
        }
    }
}
