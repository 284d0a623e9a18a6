using KubeSharp.Api.Scheme;

namespace KubeSharp.ApiServer.Registry.Generic;

/// <summary>
/// Where objects live in the datastore, in upstream's layout: <c>/registry/RESOURCE/NAMESPACE/NAME</c> for
/// namespaced and <c>/registry/RESOURCE/NAME</c> for cluster-scoped resources, with upstream's historical
/// prefixes (nodes under <c>minions</c>, services under <c>services/specs</c>, endpoints under
/// <c>services/endpoints</c>) and custom resources under <c>/registry/GROUP/RESOURCE</c>, so a datastore
/// reads like an upstream etcd.
/// </summary>
public static class StorageKeys
{
    public const string Root = "/registry/";

    private static readonly Dictionary<(string Group, string Resource), string> Exceptions = new()
    {
        [("", "nodes")] = "minions",
        [("", "services")] = "services/specs",
        [("", "endpoints")] = "services/endpoints",
        [("", "replicationcontrollers")] = "controllers",
        [("networking.k8s.io", "ingresses")] = "ingress",
        [("apiextensions.k8s.io", "customresourcedefinitions")] = "apiextensions.k8s.io/customresourcedefinitions",
        [("policy", "poddisruptionbudgets")] = "poddisruptionbudgets",
        [("autoscaling", "horizontalpodautoscalers")] = "horizontalpodautoscalers",
        // Upstream stores events.k8s.io/v1 Events with core Events and converts; until conversion exists they
        // are kept apart so neither reader sees the other's shape.
        [("events.k8s.io", "events")] = "events.k8s.io/events",
    };

    /// <summary>The prefix every object of a resource lives under, ending in <c>/</c>.</summary>
    /// <param name="custom">True for a custom resource (served from a CRD).</param>
    public static string ResourcePrefix(GroupVersionResource resource, bool custom)
    {
        var name = custom
            ? resource.Group + "/" + resource.Resource
            : Exceptions.TryGetValue((resource.Group, resource.Resource), out var exception) ? exception : resource.Resource;
        return Root + name + "/";
    }

    /// <summary>The prefix of a list: the whole resource, or one namespace of it.</summary>
    public static string ListPrefix(string resourcePrefix, string? ns) =>
        string.IsNullOrEmpty(ns) ? resourcePrefix : resourcePrefix + ns + "/";

    /// <summary>The key of one object.</summary>
    public static string ObjectKey(string resourcePrefix, string? ns, string name) =>
        string.IsNullOrEmpty(ns) ? resourcePrefix + name : resourcePrefix + ns + "/" + name;
}
