using KubeSharp.Api.Rbac.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>rbac.authorization.k8s.io/v1.</summary>
internal sealed class RbacV1 : ISchemeRegistration
{
    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<ClusterRoleBinding>("clusterrolebindings", ResourceScope.Cluster);
        scheme.Add<ClusterRole>("clusterroles", ResourceScope.Cluster);
        scheme.Add<RoleBinding>("rolebindings", ResourceScope.Namespaced);
        scheme.Add<Role>("roles", ResourceScope.Namespaced);
    }
}
