namespace KubeSharp.Api.Certificates.V1;

/// <summary>Condition types of a CertificateSigningRequest.</summary>
public static class RequestConditionType
{
    public const string Approved = "Approved";

    public const string Denied = "Denied";

    public const string Failed = "Failed";
}
