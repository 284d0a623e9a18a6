namespace KubeSharp.Api.AdmissionRegistration.V1;

public static class ParameterNotFoundActionType
{
    public const string Allow = "Allow";

    public const string Deny = "Deny";
}
