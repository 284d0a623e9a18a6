using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Storage.V1;

public sealed class CSINodeSpec : KubeModel
{
    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<CSINodeDriver> Drivers { get; set; } = [];
}
