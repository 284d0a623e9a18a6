namespace KubeSharp.Api.ApiDiscovery.V2;

/// <summary>Values of <see cref="APIResourceDiscovery.Scope"/>.</summary>
public static class ResourceScope
{
    public const string Cluster = "Cluster";
    public const string Namespaced = "Namespaced";
}
