using KubeSharp.Api;

namespace KubeSharp.Client.Informers;

/// <summary>
/// Handed to delete handlers when an object vanished while the watch was down: the re-list no longer had it,
/// so its final state is unknown and <see cref="Obj"/> is the last state the cache saw (maybe stale).
/// As upstream's <c>cache.DeletedFinalStateUnknown</c>.
/// </summary>
public sealed record DeletedFinalStateUnknown<T>(string Key, T Obj) : IDeletedFinalStateUnknown
    where T : KubeObject;
