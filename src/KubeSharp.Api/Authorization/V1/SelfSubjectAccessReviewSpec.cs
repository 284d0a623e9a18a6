namespace KubeSharp.Api.Authorization.V1;

/// <summary>Exactly one of ResourceAttributes and NonResourceAttributes must be set; the user is the caller.</summary>
public sealed class SelfSubjectAccessReviewSpec : KubeModel
{
    public ResourceAttributes? ResourceAttributes { get; set; }

    public NonResourceAttributes? NonResourceAttributes { get; set; }
}
