using KubeSharp.Api.Policy.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>policy/v1. Eviction is not a resource here; it is the body of the core pods/eviction subresource.</summary>
internal sealed class PolicyV1 : ISchemeRegistration
{
    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<PodDisruptionBudget>("poddisruptionbudgets", ResourceScope.Namespaced, shortNames: ["pdb"],
            subresources: [SubresourceMapping.Status]);
    }
}
