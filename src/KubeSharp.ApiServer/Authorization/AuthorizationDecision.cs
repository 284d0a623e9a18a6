namespace KubeSharp.ApiServer.Authorization;

/// <summary>An authorizer's answer, as upstream's: allow, deny, or no opinion (the next authorizer decides).</summary>
public enum AuthorizationDecision
{
    NoOpinion,
    Allow,
    Deny,
}
