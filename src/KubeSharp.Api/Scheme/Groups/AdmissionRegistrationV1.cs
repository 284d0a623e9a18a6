using KubeSharp.Api.AdmissionRegistration.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>admissionregistration.k8s.io/v1; upstream puts all four in the "api-extensions" category.</summary>
internal sealed class AdmissionRegistrationV1 : ISchemeRegistration
{
    private static readonly IReadOnlyList<string> ApiExtensions = ["api-extensions"];

    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<MutatingWebhookConfiguration>("mutatingwebhookconfigurations", ResourceScope.Cluster, categories: ApiExtensions);
        scheme.Add<ValidatingAdmissionPolicy>("validatingadmissionpolicies", ResourceScope.Cluster, categories: ApiExtensions,
            subresources: [SubresourceMapping.Status]);
        scheme.Add<ValidatingAdmissionPolicyBinding>("validatingadmissionpolicybindings", ResourceScope.Cluster, categories: ApiExtensions);
        scheme.Add<ValidatingWebhookConfiguration>("validatingwebhookconfigurations", ResourceScope.Cluster, categories: ApiExtensions);
    }
}
