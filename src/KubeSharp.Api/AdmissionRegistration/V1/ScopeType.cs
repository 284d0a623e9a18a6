namespace KubeSharp.Api.AdmissionRegistration.V1;

public static class ScopeType
{
    public const string Cluster = "Cluster";

    public const string Namespaced = "Namespaced";

    public const string AllScopes = "*";
}
