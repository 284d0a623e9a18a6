namespace KubeSharp.Api.AdmissionRegistration.V1;

public sealed class ExpressionWarning : KubeModel
{
    /// <summary>The path of the expression, e.g. "spec.validations[0].expression".</summary>
    public string FieldRef { get; set; } = "";

    public string Warning { get; set; } = "";
}
