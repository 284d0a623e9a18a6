using KubeSharp.Api.Coordination.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>coordination.k8s.io/v1.</summary>
internal sealed class CoordinationV1 : ISchemeRegistration
{
    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<Lease>("leases", ResourceScope.Namespaced);
    }
}
