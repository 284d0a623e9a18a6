namespace KubeSharp.Client.Config;

/// <summary>A kubeconfig cluster entry.</summary>
public sealed record KubeconfigCluster
{
    public string? Server { get; init; }

    /// <summary>Path of a PEM CA file (certificate-authority).</summary>
    public string? CertificateAuthority { get; init; }

    /// <summary>PEM CA bytes (certificate-authority-data, base64 in the file).</summary>
    public byte[]? CertificateAuthorityData { get; init; }

    public bool InsecureSkipTlsVerify { get; init; }

    public string? TlsServerName { get; init; }
}
