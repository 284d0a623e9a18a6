namespace KubeSharp.Api.ApiExtensions.V1;

public static class ResourceScope
{
    public const string Cluster = "Cluster";

    public const string Namespaced = "Namespaced";
}
