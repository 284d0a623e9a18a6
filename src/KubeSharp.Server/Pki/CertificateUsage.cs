namespace KubeSharp.Server.Pki;

/// <summary>The extended key usages a leaf certificate is issued for.</summary>
[Flags]
public enum CertificateUsage
{
    None = 0,

    /// <summary>TLS server authentication (serving certificates).</summary>
    Server = 1,

    /// <summary>TLS client authentication (users and components).</summary>
    Client = 2,
}
