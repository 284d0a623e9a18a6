namespace KubeSharp.Api.AdmissionRegistration.V1;

public sealed class AuditAnnotation : KubeModel
{
    public string Key { get; set; } = "";

    public string ValueExpression { get; set; } = "";
}
