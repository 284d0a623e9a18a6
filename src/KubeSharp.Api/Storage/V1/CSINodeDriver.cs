using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Storage.V1;

public sealed class CSINodeDriver : KubeModel
{
    public string Name { get; set; } = "";

    /// <summary>The node's ID as the storage system knows it.</summary>
    public string NodeID { get; set; } = "";

    [ListType(ListTypeAttribute.Atomic)]
    public List<string> TopologyKeys { get; set; } = [];

    public VolumeNodeResources? Allocatable { get; set; }
}
