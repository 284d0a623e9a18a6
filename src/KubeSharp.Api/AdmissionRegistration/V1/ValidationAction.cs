namespace KubeSharp.Api.AdmissionRegistration.V1;

public static class ValidationAction
{
    public const string Deny = "Deny";

    public const string Warn = "Warn";

    public const string Audit = "Audit";
}
