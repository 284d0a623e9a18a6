using KubeSharp.Api.Core.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>
/// The core group, version v1 (upstream's pkg/apis/core and the discovery document at /api/v1). Names, short
/// names, categories, verbs and subresources are those a v1.33 API server lists in /api/v1.
/// </summary>
internal sealed class CoreV1 : ISchemeRegistration
{
    // Verbs of the connect-style subresources, as upstream's discovery lists them.
    private static readonly IReadOnlyList<string> CreateGet = [Verbs.Create, Verbs.Get];
    private static readonly IReadOnlyList<string> Proxy = [Verbs.Create, Verbs.Delete, Verbs.Get, Verbs.Patch, Verbs.Update];
    private static readonly IReadOnlyList<string> GetOnly = [Verbs.Get];
    private static readonly IReadOnlyList<string> UpdateOnly = [Verbs.Update];
    private static readonly IReadOnlyList<string> GetList = [Verbs.Get, Verbs.List];

    // Services and namespaces have no deletecollection upstream.
    private static readonly IReadOnlyList<string> StandardWithoutDeleteCollection =
        [Verbs.Create, Verbs.Delete, Verbs.Get, Verbs.List, Verbs.Patch, Verbs.Update, Verbs.Watch];

    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<Binding>("bindings", ResourceScope.Namespaced, verbs: Verbs.CreateOnly, hasList: false);
        scheme.Add<ComponentStatus>("componentstatuses", ResourceScope.Cluster, shortNames: ["cs"], verbs: GetList);
        scheme.Add<ConfigMap>("configmaps", ResourceScope.Namespaced, shortNames: ["cm"]);
        scheme.Add<Endpoints>("endpoints", ResourceScope.Namespaced, shortNames: ["ep"]);
        scheme.Add<Event>("events", ResourceScope.Namespaced, shortNames: ["ev"]);
        scheme.Add<LimitRange>("limitranges", ResourceScope.Namespaced, shortNames: ["limits"]);
        scheme.Add<Namespace>(
            "namespaces",
            ResourceScope.Cluster,
            shortNames: ["ns"],
            verbs: StandardWithoutDeleteCollection,
            subresources: [new SubresourceMapping("finalize", UpdateOnly), SubresourceMapping.Status]);
        scheme.Add<Node>(
            "nodes",
            ResourceScope.Cluster,
            shortNames: ["no"],
            subresources: [new SubresourceMapping("proxy", Proxy, Kind<NodeProxyOptions>()), SubresourceMapping.Status]);
        scheme.Add<PersistentVolumeClaim>("persistentvolumeclaims", ResourceScope.Namespaced, shortNames: ["pvc"], subresources: [SubresourceMapping.Status]);
        scheme.Add<PersistentVolume>("persistentvolumes", ResourceScope.Cluster, shortNames: ["pv"], subresources: [SubresourceMapping.Status]);
        scheme.Add<Pod>(
            "pods",
            ResourceScope.Namespaced,
            shortNames: ["po"],
            categories: ["all"],
            subresources:
            [
                new SubresourceMapping("attach", CreateGet, Kind<PodAttachOptions>()),
                new SubresourceMapping("binding", Verbs.CreateOnly, Kind<Binding>()),
                new SubresourceMapping("ephemeralcontainers", Verbs.GetPatchUpdate),
                new SubresourceMapping("eviction", Verbs.CreateOnly, new GroupVersionKind("policy", "v1", "Eviction")),
                new SubresourceMapping("exec", CreateGet, Kind<PodExecOptions>()),
                new SubresourceMapping("log", GetOnly),
                new SubresourceMapping("portforward", CreateGet, Kind<PodPortForwardOptions>()),
                new SubresourceMapping("proxy", Proxy, Kind<PodProxyOptions>()),
                new SubresourceMapping("resize", Verbs.GetPatchUpdate),
                SubresourceMapping.Status,
            ]);
        scheme.Add<PodTemplate>("podtemplates", ResourceScope.Namespaced);
        scheme.Add<ReplicationController>(
            "replicationcontrollers",
            ResourceScope.Namespaced,
            shortNames: ["rc"],
            categories: ["all"],
            subresources: [SubresourceMapping.Scale, SubresourceMapping.Status]);
        scheme.Add<ResourceQuota>("resourcequotas", ResourceScope.Namespaced, shortNames: ["quota"], subresources: [SubresourceMapping.Status]);
        scheme.Add<Secret>("secrets", ResourceScope.Namespaced);
        scheme.Add<ServiceAccount>(
            "serviceaccounts",
            ResourceScope.Namespaced,
            shortNames: ["sa"],
            subresources: [new SubresourceMapping("token", Verbs.CreateOnly, new GroupVersionKind("authentication.k8s.io", "v1", "TokenRequest"))]);
        scheme.Add<Service>(
            "services",
            ResourceScope.Namespaced,
            shortNames: ["svc"],
            categories: ["all"],
            verbs: StandardWithoutDeleteCollection,
            subresources: [new SubresourceMapping("proxy", Proxy, Kind<ServiceProxyOptions>()), SubresourceMapping.Status]);
    }

    private static GroupVersionKind Kind<T>() => new("", "v1", typeof(T).Name);
}
