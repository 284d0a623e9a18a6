using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Endpoints;
using KubeSharp.Storage;

namespace KubeSharp.ApiServer.Registry.Generic;

public sealed partial class ResourceStore
{
    /// <summary>
    /// Lists objects with upstream's resourceVersion semantics: served from the watch cache when it can (any
    /// version, or most recent without a limit), from the datastore otherwise (an exact version, a limit, a
    /// continue token), paging through the datastore until <c>limit</c> objects match the selectors.
    /// </summary>
    public async Task<ListResult> ListAsync(string ns, ListOptions options, CancellationToken cancellationToken)
    {
        if (Cache is { } cache && cache.CanServeList(options))
        {
            return await cache.ListAsync(ns, options, cancellationToken);
        }

        return await ListFromStorageAsync(ns, options, cancellationToken);
    }

    /// <summary>The datastore read behind a list (also the watch cache's fallback).</summary>
    public async Task<ListResult> ListFromStorageAsync(string ns, ListOptions options, CancellationToken cancellationToken)
    {
        var prefix = StorageKeys.ListPrefix(Prefix, Mapping.Namespaced ? ns : null);
        long revision = 0;
        string? startKey = null;
        if (options.Continue.Length > 0)
        {
            var (continueRevision, start) = ContinueToken.Decode(options.Continue);
            revision = continueRevision;
            startKey = Prefix + start;
            if (!startKey.StartsWith(prefix, StringComparison.Ordinal))
            {
                throw StatusError.BadRequest("continue key is not valid: the continue token is for another namespace or resource");
            }
        }
        else
        {
            var requested = ObjectCodec.ParseResourceVersion(options.ResourceVersion)
                ?? throw StatusError.BadRequest($"invalid resource version: {options.ResourceVersion}");
            if (options.ResourceVersionMatch == "Exact")
            {
                revision = requested;
            }
            else if (requested > 0)
            {
                var current = await _storage.GetCurrentRevisionAsync(cancellationToken);
                if (requested > current)
                {
                    throw StatusErrors.Timeout($"Too large resource version: {requested}, current: {current}", 1);
                }
            }
        }

        var filter = options.LabelSelector.IsEmpty && options.FieldSelector.IsEmpty ? null : options;
        var items = new List<JsonObject>();
        var limit = options.Limit;
        long? remaining = null;
        var more = false;
        string? lastKey = null;
        while (true)
        {
            RangeResult page;
            try
            {
                page = await _storage.RangeAsync(
                    new RangeOptions(prefix) { StartKey = startKey, Revision = revision, Limit = limit > 0 ? Math.Max(limit - items.Count, filter is null ? 0 : 64) : 0 },
                    cancellationToken);
            }
            catch (CompactedException) when (options.Continue.Length > 0)
            {
                throw StatusErrors.Expired(StatusErrors.ExpiredContinueMessage);
            }
            catch (CompactedException)
            {
                throw StatusErrors.Expired("The resourceVersion for the provided list is too old.");
            }
            catch (FutureRevisionException error)
            {
                throw StatusErrors.Timeout($"Too large resource version: {error.RequestedRevision}, current: {error.CurrentRevision}", 1);
            }

            revision = page.Revision;
            foreach (var kv in page.Kvs)
            {
                lastKey = kv.Key;
                var obj = ObjectCodec.Decode(kv);
                if (filter is null || Matches(obj, filter))
                {
                    items.Add(obj);
                    if (limit > 0 && items.Count >= limit)
                    {
                        break;
                    }
                }
            }

            if (limit > 0 && items.Count >= limit)
            {
                // More exist if this page was cut short or stopped before its end.
                more = page.More || lastKey != page.Kvs[^1].Key;
                if (filter is null && more)
                {
                    remaining = page.Count - page.Kvs.Count + CountAfter(page.Kvs, lastKey!);
                }

                break;
            }

            if (!page.More)
            {
                break;
            }

            startKey = page.Kvs[^1].Key + "\0";
        }

        var next = more && lastKey is not null ? ContinueToken.Encode(revision, lastKey[Prefix.Length..] + "\0") : "";
        return new ListResult(items, revision, next, remaining);
    }

    /// <summary>Label and field selectors against one object.</summary>
    public bool Matches(JsonObject obj, ListOptions options) =>
        options.LabelSelector.Matches(ObjectMetadata.Labels(obj)) && options.FieldSelector.Matches(Strategy.SelectableFields(obj));

    private static long CountAfter(IReadOnlyList<KeyValue> kvs, string lastKey)
    {
        long count = 0;
        for (var i = kvs.Count - 1; i >= 0 && kvs[i].Key != lastKey; i--)
        {
            count++;
        }

        return count;
    }
}
