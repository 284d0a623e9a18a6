using KubeSharp.Api.ApiExtensions.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>apiextensions.k8s.io/v1, as upstream's apiextensions-apiserver serves it.</summary>
internal sealed class ApiExtensionsV1 : ISchemeRegistration
{
    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<CustomResourceDefinition>("customresourcedefinitions", ResourceScope.Cluster, shortNames: ["crd", "crds"],
            categories: ["api-extensions"], subresources: [SubresourceMapping.Status]);
    }
}
