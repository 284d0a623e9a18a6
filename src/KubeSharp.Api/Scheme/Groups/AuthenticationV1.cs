using KubeSharp.Api.Authentication.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>
/// authentication.k8s.io/v1: create-only virtual resources, never stored. TokenRequest is not a resource of
/// this group; it is the body of the core serviceaccounts/token subresource.
/// </summary>
internal sealed class AuthenticationV1 : ISchemeRegistration
{
    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<SelfSubjectReview>("selfsubjectreviews", ResourceScope.Cluster, verbs: Verbs.CreateOnly, hasList: false);
        scheme.Add<TokenReview>("tokenreviews", ResourceScope.Cluster, verbs: Verbs.CreateOnly, hasList: false);
    }
}
