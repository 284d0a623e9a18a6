namespace KubeSharp.Api.Scheme;

/// <summary>Whether a resource lives in a namespace or at cluster level (discovery's "scope").</summary>
public enum ResourceScope
{
    Namespaced,
    Cluster,
}
