namespace KubeSharp.Api.Core.V1;

/// <summary>All keys of a ConfigMap or Secret as environment variables, optionally prefixed.</summary>
public sealed class EnvFromSource : KubeModel
{
    public string? Prefix { get; set; }

    public ConfigMapEnvSource? ConfigMapRef { get; set; }

    public SecretEnvSource? SecretRef { get; set; }
}
