namespace KubeSharp.Api.Core.V1;

/// <summary>Deprecated: a ConfigMap holding kubelet configuration.</summary>
public sealed class ConfigMapNodeConfigSource : KubeModel
{
    public string Namespace { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Uid { get; set; }

    public string? ResourceVersion { get; set; }

    public string KubeletConfigKey { get; set; } = "";
}
