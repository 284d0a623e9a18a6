using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The health of the devices behind one resource of a container.</summary>
public sealed class ResourceStatus : KubeModel
{
    /// <summary>A resource name, or claim:CLAIM/REQUEST for a dynamic resource.</summary>
    public string Name { get; set; } = "";

    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("resourceID")]
    public List<ResourceHealth>? Resources { get; set; }
}
