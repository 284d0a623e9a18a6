namespace KubeSharp.ApiServer.Authorization;

/// <summary>
/// Allows every authenticated user everything, and anonymous users only the public-information paths
/// that upstream's <c>system:public-info-viewer</c> role grants (health, version). The seam RBAC replaces.
/// </summary>
public sealed class AlwaysAllowAuthenticatedAuthorizer : IAuthorizer
{
    public (AuthorizationDecision Decision, string Reason) Authorize(AuthorizationAttributes attributes)
    {
        if (!attributes.User.IsAnonymous)
        {
            return (AuthorizationDecision.Allow, "");
        }

        return !attributes.Request.IsResourceRequest && PublicPaths.IsPublic(attributes.Request.Path)
            ? (AuthorizationDecision.Allow, "")
            : (AuthorizationDecision.Deny, "");
    }
}
