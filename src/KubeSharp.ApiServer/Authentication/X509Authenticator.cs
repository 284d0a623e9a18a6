using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Authentication;

/// <summary>
/// Client-certificate authentication, as upstream's x509 authenticator with its common-name user mapper:
/// the certificate must chain to the client CA and be valid for client authentication; the subject's
/// CN is the user name and each O is a group.
/// </summary>
public sealed class X509Authenticator(X509Certificate2 clientAuthority, TimeProvider time) : IAuthenticator
{
    private const string ClientAuthenticationOid = "1.3.6.1.5.5.7.3.2";

    public AuthenticationResult Authenticate(HttpContext context)
    {
        var certificate = context.Connection.ClientCertificate;
        if (certificate is null)
        {
            return AuthenticationResult.NoCredentials;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(clientAuthority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = time.GetUtcNow().UtcDateTime;
        chain.ChainPolicy.ApplicationPolicy.Add(new System.Security.Cryptography.Oid(ClientAuthenticationOid));
        if (!chain.Build(certificate))
        {
            var reasons = string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0));
            return AuthenticationResult.Failure("verifying certificate " + certificate.Subject + " failed: " + reasons);
        }

        var name = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        if (string.IsNullOrEmpty(name))
        {
            return AuthenticationResult.Failure("certificate has no common name");
        }

        return AuthenticationResult.Success(new UserInfo(name, "", Organizations(certificate.SubjectName)));
    }

    /// <summary>Every O= component of a distinguished name, in order.</summary>
    public static IReadOnlyList<string> Organizations(X500DistinguishedName subject)
    {
        var groups = new List<string>();
        foreach (var component in subject.EnumerateRelativeDistinguishedNames())
        {
            if (component.GetSingleElementType().Value == "2.5.4.10" && component.GetSingleElementValue() is { } value)
            {
                groups.Add(value);
            }
        }

        return groups;
    }
}
