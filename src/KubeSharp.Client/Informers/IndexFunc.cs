using KubeSharp.Api;

namespace KubeSharp.Client.Informers;

/// <summary>Computes the values an object is indexed under (upstream's <c>cache.IndexFunc</c>); none means not indexed.</summary>
public delegate IEnumerable<string> IndexFunc<in T>(T obj)
    where T : IKubernetesObject;
