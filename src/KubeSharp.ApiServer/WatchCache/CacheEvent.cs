using System.Text.Json.Nodes;
using KubeSharp.ApiServer.Registry.Generic;

namespace KubeSharp.ApiServer.WatchCache;

/// <summary>
/// One change in the cache's event history: the object after it (null for a delete) and before it (null for a
/// create). <see cref="PrevAtEventVersion"/> is the previous state carrying this event's resourceVersion, which
/// is what DELETED events show (upstream sends the last state with the deletion's version).
/// </summary>
public sealed class CacheEvent(long resourceVersion, CachedObject? current, CachedObject? previous)
{
    private CachedObject? _prevAtEventVersion;

    public long ResourceVersion { get; } = resourceVersion;

    public CachedObject? Current { get; } = current;

    public CachedObject? Previous { get; } = previous;

    public CachedObject? PrevAtEventVersion
    {
        get
        {
            if (Previous is null)
            {
                return null;
            }

            if (_prevAtEventVersion is null)
            {
                var obj = ObjectCodec.Decode(Previous.Json, ResourceVersion);
                var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes<JsonNode>(obj);
                Interlocked.CompareExchange(
                    ref _prevAtEventVersion,
                    new CachedObject(Previous.Key, Previous.Namespace, Previous.Name, ResourceVersion, json, Previous.Labels, Previous.Fields),
                    null);
            }

            return _prevAtEventVersion;
        }
    }
}
