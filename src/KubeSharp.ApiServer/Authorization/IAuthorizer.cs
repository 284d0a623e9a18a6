namespace KubeSharp.ApiServer.Authorization;

/// <summary>
/// Decides whether a user may make a request (upstream's <c>authorizer.Authorizer</c>). RBAC will implement
/// this; until then <see cref="AlwaysAllowAuthenticatedAuthorizer"/> stands in.
/// </summary>
public interface IAuthorizer
{
    /// <summary>The decision and, for a denial, the reason shown to the user.</summary>
    (AuthorizationDecision Decision, string Reason) Authorize(AuthorizationAttributes attributes);
}
