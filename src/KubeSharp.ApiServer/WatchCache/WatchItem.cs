using KubeSharp.ApiServer.Endpoints;

namespace KubeSharp.ApiServer.WatchCache;

/// <summary>What a watcher delivers: an event with its object, a bookmark, or a terminal error.</summary>
public readonly record struct WatchItem(string Type, CachedObject? Object, long ResourceVersion, StatusError? Error = null, bool InitialEventsEnd = false);
