namespace KubeSharp.Api.Storage.V1;

/// <summary>A CSI driver installed in the cluster; metadata.name is the driver's CSI GetPluginName.</summary>
[Kind("storage.k8s.io", "v1", "CSIDriver")]
public sealed class CSIDriver : KubeObject
{
    public CSIDriverSpec Spec { get; set; } = new();
}
