using KubeSharp.Api;

namespace KubeSharp.Client.Informers;

/// <summary>
/// A cache of one resource shared by every handler in the process (upstream's <c>cache.SharedIndexInformer</c>):
/// one list+watch fills one indexer, and each handler gets its own ordered stream of notifications.
/// </summary>
public interface ISharedIndexInformer<T> : ISharedInformer
    where T : KubeObject
{
    /// <summary>
    /// Adds a handler. Added after start, it is first given every cached object as an add. A non-zero
    /// <paramref name="resyncPeriod"/> re-delivers every object as an update that often (at least the informer's
    /// resync check period).
    /// </summary>
    IResourceEventHandlerRegistration AddEventHandler(IResourceEventHandler<T> handler, TimeSpan? resyncPeriod = null);

    void RemoveEventHandler(IResourceEventHandlerRegistration registration);

    IIndexer<T> Indexer { get; }

    /// <summary>Adds indexes; allowed before the informer starts (as upstream).</summary>
    void AddIndexers(IReadOnlyDictionary<string, IndexFunc<T>> indexers);

    /// <summary>Called with every list or watch failure.</summary>
    void SetWatchErrorHandler(Action<Exception> handler);
}
