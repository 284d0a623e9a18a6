using KubeSharp.Api;

namespace KubeSharp.Client.Informers;

/// <summary>
/// Receives an informer's notifications (upstream's <c>cache.ResourceEventHandler</c>). Calls for one handler come
/// one at a time, in order. Objects are shared with the cache: do not modify them.
/// </summary>
public interface IResourceEventHandler<in T>
    where T : KubeObject
{
    /// <summary>An object appeared; <paramref name="isInInitialList"/> when it came with the informer's first list.</summary>
    void OnAdd(T obj, bool isInInitialList);

    /// <summary>An object changed, or a periodic resync re-delivered it (then old and new are the same object).</summary>
    void OnUpdate(T oldObj, T newObj);

    /// <summary>
    /// An object was deleted. <paramref name="obj"/> is the object, or a <see cref="DeletedFinalStateUnknown{T}"/> when
    /// the deletion was noticed by a re-list; <see cref="Cache.DeletedObject{T}"/> unwraps both.
    /// </summary>
    void OnDelete(object obj);
}
