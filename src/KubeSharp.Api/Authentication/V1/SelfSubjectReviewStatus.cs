namespace KubeSharp.Api.Authentication.V1;

public sealed class SelfSubjectReviewStatus : KubeModel
{
    public UserInfo UserInfo { get; set; } = new();
}
