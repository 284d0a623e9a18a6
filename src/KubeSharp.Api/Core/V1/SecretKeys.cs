namespace KubeSharp.Api.Core.V1;

/// <summary>The well-known annotation and data keys of the typed Secrets.</summary>
public static class SecretKeys
{
    public const string ServiceAccountName = "kubernetes.io/service-account.name";
    public const string ServiceAccountUid = "kubernetes.io/service-account.uid";
    public const string ServiceAccountToken = "token";
    public const string ServiceAccountKubeconfig = "kubernetes.kubeconfig";
    public const string ServiceAccountRootCA = "ca.crt";
    public const string ServiceAccountNamespace = "namespace";
    public const string DockerConfig = ".dockercfg";
    public const string DockerConfigJson = ".dockerconfigjson";
    public const string BasicAuthUsername = "username";
    public const string BasicAuthPassword = "password";
    public const string SSHAuthPrivateKey = "ssh-privatekey";
    public const string TLSCert = "tls.crt";
    public const string TLSPrivateKey = "tls.key";
}
