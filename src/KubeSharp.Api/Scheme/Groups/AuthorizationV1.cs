using KubeSharp.Api.Authorization.V1;

namespace KubeSharp.Api.Scheme.Groups;

/// <summary>authorization.k8s.io/v1: create-only virtual resources that ask the authorizer a question.</summary>
internal sealed class AuthorizationV1 : ISchemeRegistration
{
    public void Register(SchemeBuilder scheme)
    {
        scheme.Add<LocalSubjectAccessReview>("localsubjectaccessreviews", ResourceScope.Namespaced, verbs: Verbs.CreateOnly, hasList: false);
        scheme.Add<SelfSubjectAccessReview>("selfsubjectaccessreviews", ResourceScope.Cluster, verbs: Verbs.CreateOnly, hasList: false);
        scheme.Add<SelfSubjectRulesReview>("selfsubjectrulesreviews", ResourceScope.Cluster, verbs: Verbs.CreateOnly, hasList: false);
        scheme.Add<SubjectAccessReview>("subjectaccessreviews", ResourceScope.Cluster, verbs: Verbs.CreateOnly, hasList: false);
    }
}
