namespace KubeSharp.Api.AdmissionRegistration.V1;

public static class FailurePolicyType
{
    public const string Ignore = "Ignore";

    public const string Fail = "Fail";
}
