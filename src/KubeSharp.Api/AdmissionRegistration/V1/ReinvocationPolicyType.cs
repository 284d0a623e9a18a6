namespace KubeSharp.Api.AdmissionRegistration.V1;

public static class ReinvocationPolicyType
{
    public const string Never = "Never";

    public const string IfNeeded = "IfNeeded";
}
