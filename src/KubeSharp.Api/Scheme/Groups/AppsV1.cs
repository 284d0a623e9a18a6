using KubeSharp.Api.Apps.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>apps/v1.</summary>
internal sealed class AppsV1 : ISchemeRegistration
{
    private static readonly IReadOnlyList<string> All = ["all"];

    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<ControllerRevision>("controllerrevisions", ResourceScope.Namespaced);
        scheme.Add<DaemonSet>("daemonsets", ResourceScope.Namespaced, shortNames: ["ds"], categories: All,
            subresources: [SubresourceMapping.Status]);
        scheme.Add<Deployment>("deployments", ResourceScope.Namespaced, shortNames: ["deploy"], categories: All,
            subresources: [SubresourceMapping.Status, SubresourceMapping.Scale]);
        scheme.Add<ReplicaSet>("replicasets", ResourceScope.Namespaced, shortNames: ["rs"], categories: All,
            subresources: [SubresourceMapping.Status, SubresourceMapping.Scale]);
        scheme.Add<StatefulSet>("statefulsets", ResourceScope.Namespaced, shortNames: ["sts"], categories: All,
            subresources: [SubresourceMapping.Status, SubresourceMapping.Scale]);
    }
}
