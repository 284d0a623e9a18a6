using KubeSharp.Api.Discovery.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>discovery.k8s.io/v1.</summary>
internal sealed class DiscoveryV1 : ISchemeRegistration
{
    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<EndpointSlice>("endpointslices", ResourceScope.Namespaced);
    }
}
