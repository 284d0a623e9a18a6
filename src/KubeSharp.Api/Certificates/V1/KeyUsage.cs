namespace KubeSharp.Api.Certificates.V1;

/// <summary>Key usages and extended key usages a certificate may be requested with (RFC 5280 4.2.1.3 and 4.2.1.12).</summary>
public static class KeyUsage
{
    public const string Signing = "signing";

    public const string DigitalSignature = "digital signature";

    public const string ContentCommitment = "content commitment";

    public const string KeyEncipherment = "key encipherment";

    public const string KeyAgreement = "key agreement";

    public const string DataEncipherment = "data encipherment";

    public const string CertSign = "cert sign";

    public const string CRLSign = "crl sign";

    public const string EncipherOnly = "encipher only";

    public const string DecipherOnly = "decipher only";

    public const string Any = "any";

    public const string ServerAuth = "server auth";

    public const string ClientAuth = "client auth";

    public const string CodeSigning = "code signing";

    public const string EmailProtection = "email protection";

    public const string SMIME = "s/mime";

    public const string IPsecEndSystem = "ipsec end system";

    public const string IPsecTunnel = "ipsec tunnel";

    public const string IPsecUser = "ipsec user";

    public const string Timestamping = "timestamping";

    public const string OCSPSigning = "ocsp signing";

    public const string MicrosoftSGC = "microsoft sgc";

    public const string NetscapeSGC = "netscape sgc";
}
