using KubeSharp.Api;

namespace KubeSharp.Client.Informers;

/// <summary>A handler made of optional functions (upstream's <c>cache.ResourceEventHandlerFuncs</c>); missing ones ignore the call.</summary>
public sealed class ResourceEventHandlerFuncs<T> : IResourceEventHandler<T>
    where T : KubeObject
{
    public Action<T, bool>? AddFunc { get; init; }

    public Action<T, T>? UpdateFunc { get; init; }

    public Action<object>? DeleteFunc { get; init; }

    public void OnAdd(T obj, bool isInInitialList) => AddFunc?.Invoke(obj, isInInitialList);

    public void OnUpdate(T oldObj, T newObj) => UpdateFunc?.Invoke(oldObj, newObj);

    public void OnDelete(object obj) => DeleteFunc?.Invoke(obj);
}
