namespace KubeSharp.Api.AdmissionRegistration.V1;

/// <summary>A CEL expression that must be true for a request to reach a webhook or policy.</summary>
public sealed class MatchCondition : KubeModel
{
    public string Name { get; set; } = "";

    public string Expression { get; set; } = "";
}
