namespace KubeSharp.Api.Storage.V1;

public sealed class VolumeNodeResources : KubeModel
{
    /// <summary>Maximum number of unique volumes of the driver on the node; unbounded when unset.</summary>
    public int? Count { get; set; }
}
