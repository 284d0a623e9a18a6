namespace KubeSharp.Client.Config;

/// <summary>A kubeconfig user (AuthInfo) entry.</summary>
public sealed record KubeconfigUser
{
    public string? ClientCertificate { get; init; }

    public byte[]? ClientCertificateData { get; init; }

    public string? ClientKey { get; init; }

    public byte[]? ClientKeyData { get; init; }

    public string? Token { get; init; }

    public string? TokenFile { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>The entry names an exec credential plugin or an auth provider, which this client does not run.</summary>
    public string? UnsupportedAuth { get; init; }
}
