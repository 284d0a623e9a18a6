namespace KubeSharp.Api.Core.V1;

/// <summary>Deprecated: the source of a node's dynamic kubelet configuration.</summary>
public sealed class NodeConfigSource : KubeModel
{
    public ConfigMapNodeConfigSource? ConfigMap { get; set; }
}
