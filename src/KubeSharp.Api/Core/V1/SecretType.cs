namespace KubeSharp.Api.Core.V1;

/// <summary>Types of Secret, and the keys each one requires.</summary>
public static class SecretType
{
    /// <summary>Arbitrary data (the default).</summary>
    public const string Opaque = "Opaque";

    /// <summary>A service account token; needs the service-account name and uid annotations and a token key.</summary>
    public const string ServiceAccountToken = "kubernetes.io/service-account-token";

    /// <summary>A ~/.dockercfg file under the .dockercfg key.</summary>
    public const string Dockercfg = "kubernetes.io/dockercfg";

    /// <summary>A ~/.docker/config.json file under the .dockerconfigjson key.</summary>
    public const string DockerConfigJson = "kubernetes.io/dockerconfigjson";

    /// <summary>username and/or password keys.</summary>
    public const string BasicAuth = "kubernetes.io/basic-auth";

    /// <summary>An ssh-privatekey key.</summary>
    public const string SSHAuth = "kubernetes.io/ssh-auth";

    /// <summary>tls.crt and tls.key keys.</summary>
    public const string TLS = "kubernetes.io/tls";

    public const string BootstrapToken = "bootstrap.kubernetes.io/token";
}
