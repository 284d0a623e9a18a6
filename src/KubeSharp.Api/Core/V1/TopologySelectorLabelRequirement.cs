using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>A label that must have one of the values.</summary>
public sealed class TopologySelectorLabelRequirement : KubeModel
{
    public string Key { get; set; } = "";

    [ListType(ListTypeAttribute.Atomic)]
    public List<string> Values { get; set; } = [];
}
