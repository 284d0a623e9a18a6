using KubeSharp.Api.Networking.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>networking.k8s.io/v1.</summary>
internal sealed class NetworkingV1 : ISchemeRegistration
{
    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<IngressClass>("ingressclasses", ResourceScope.Cluster);
        scheme.Add<IPAddress>("ipaddresses", ResourceScope.Cluster, shortNames: ["ip"]);
        scheme.Add<Ingress>("ingresses", ResourceScope.Namespaced, shortNames: ["ing"], subresources: [SubresourceMapping.Status]);
        scheme.Add<NetworkPolicy>("networkpolicies", ResourceScope.Namespaced, shortNames: ["netpol"]);
        scheme.Add<ServiceCIDR>("servicecidrs", ResourceScope.Cluster, subresources: [SubresourceMapping.Status]);
    }
}
