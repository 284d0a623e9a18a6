namespace KubeSharp.Api.Storage.V1;

/// <summary>The CSI drivers installed on a node; named after the node, maintained by kubelet.</summary>
[Kind("storage.k8s.io", "v1", "CSINode")]
public sealed class CSINode : KubeObject
{
    public CSINodeSpec Spec { get; set; } = new();
}
