using KubeSharp.Api;

namespace KubeSharp.Client.Informers;

/// <summary>
/// Passes on only objects that match <c>filter</c> (upstream's <c>cache.FilteringResourceEventHandler</c>): an
/// update that makes an object match is an add, one that makes it stop matching is a delete.
/// </summary>
public sealed class FilteringResourceEventHandler<T>(Func<T, bool> filter, IResourceEventHandler<T> handler) : IResourceEventHandler<T>
    where T : KubeObject
{
    public void OnAdd(T obj, bool isInInitialList)
    {
        if (filter(obj))
        {
            handler.OnAdd(obj, isInInitialList);
        }
    }

    public void OnUpdate(T oldObj, T newObj)
    {
        var wasIn = filter(oldObj);
        var isIn = filter(newObj);
        if (wasIn && isIn)
        {
            handler.OnUpdate(oldObj, newObj);
        }
        else if (isIn)
        {
            handler.OnAdd(newObj, false);
        }
        else if (wasIn)
        {
            handler.OnDelete(oldObj);
        }
    }

    public void OnDelete(object obj)
    {
        if (Cache.DeletedObject<T>(obj) is { } item && filter(item))
        {
            handler.OnDelete(obj);
        }
    }
}
