using KubeSharp.Api;

namespace KubeSharp.Client.Informers;

/// <summary>
/// What a reflector writes into (upstream's <c>cache.Store</c>, the writing half): the informer's DeltaFIFO,
/// or an indexer directly. <see cref="Replace"/> swaps in a fresh list; <see cref="Resync"/> re-delivers
/// everything known for periodic resync.
/// </summary>
public interface IStore<T>
    where T : KubeObject
{
    void Add(T obj);

    void Update(T obj);

    void Delete(T obj);

    /// <summary>Replaces the whole content with <paramref name="list"/>, listed at <paramref name="resourceVersion"/>.</summary>
    void Replace(IReadOnlyList<T> list, string resourceVersion);

    void Resync();
}
