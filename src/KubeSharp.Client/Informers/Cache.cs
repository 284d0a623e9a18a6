using KubeSharp.Api;

namespace KubeSharp.Client.Informers;

/// <summary>Keys and index functions every store uses (client-go tools/cache store.go and index.go).</summary>
public static class Cache
{
    /// <summary>The name of the index by namespace every informer has: <see cref="MetaNamespaceIndexFunc"/>.</summary>
    public const string NamespaceIndex = "namespace";

    /// <summary>The store key: <c>namespace/name</c>, or just <c>name</c> for cluster-scoped objects (upstream's MetaNamespaceKeyFunc).</summary>
    public static string MetaNamespaceKey(IKubernetesObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var metadata = obj.Metadata;
        var name = metadata.Name ?? "";
        return string.IsNullOrEmpty(metadata.Namespace) ? name : metadata.Namespace + "/" + name;
    }

    /// <summary>The key of an object, or the key a <see cref="DeletedFinalStateUnknown{T}"/> carries (DeletionHandlingMetaNamespaceKeyFunc).</summary>
    public static string DeletionHandlingMetaNamespaceKey(object obj) => obj switch
    {
        IDeletedFinalStateUnknown tombstone => tombstone.Key,
        IKubernetesObject item => MetaNamespaceKey(item),
        _ => throw new ArgumentException($"cannot compute a key for {obj?.GetType().Name ?? "null"}", nameof(obj)),
    };

    /// <summary>Splits a store key back into namespace ("" when cluster-scoped) and name.</summary>
    public static (string Namespace, string Name) SplitMetaNamespaceKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split('/');
        return parts.Length switch
        {
            1 => ("", parts[0]),
            2 => (parts[0], parts[1]),
            _ => throw new ArgumentException($"unexpected key format: \"{key}\"", nameof(key)),
        };
    }

    /// <summary>Indexes an object by its namespace (upstream's MetaNamespaceIndexFunc).</summary>
    public static IEnumerable<string> MetaNamespaceIndexFunc(IKubernetesObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return [obj.Metadata.Namespace ?? ""];
    }

    /// <summary>The indexes informers start with: by namespace.</summary>
    public static Dictionary<string, IndexFunc<T>> NamespaceIndexers<T>()
        where T : KubeObject => new(StringComparer.Ordinal) { [NamespaceIndex] = obj => MetaNamespaceIndexFunc(obj) };

    /// <summary>
    /// The object a delete notification is about, whether the handler got the object itself or a tombstone
    /// (what controllers' deletePod/deleteReplicaSet handlers do first); null if it is neither.
    /// </summary>
    public static T? DeletedObject<T>(object obj)
        where T : KubeObject => obj switch
        {
            T item => item,
            DeletedFinalStateUnknown<T> tombstone => tombstone.Obj,
            _ => null,
        };
}
