namespace KubeSharp.Api.AdmissionRegistration.V1;

public sealed class Validation : KubeModel
{
    public string Expression { get; set; } = "";

    public string? Message { get; set; }

    /// <summary>A meta/v1 StatusReason: Unauthorized, Forbidden, Invalid (the default) or RequestEntityTooLarge.</summary>
    public string? Reason { get; set; }

    public string? MessageExpression { get; set; }
}
