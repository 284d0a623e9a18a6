namespace KubeSharp.Api.AdmissionRegistration.V1;

public static class MatchPolicyType
{
    public const string Exact = "Exact";

    public const string Equivalent = "Equivalent";
}
