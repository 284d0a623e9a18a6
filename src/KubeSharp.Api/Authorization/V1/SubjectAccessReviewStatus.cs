namespace KubeSharp.Api.Authorization.V1;

public sealed class SubjectAccessReviewStatus : KubeModel
{
    /// <summary>Always emitted, false included.</summary>
    public bool Allowed { get; set; }

    /// <summary>True only when an authorizer explicitly denied; allowed and denied both false means no opinion.</summary>
    public bool? Denied { get; set; }

    public string? Reason { get; set; }

    public string? EvaluationError { get; set; }
}
