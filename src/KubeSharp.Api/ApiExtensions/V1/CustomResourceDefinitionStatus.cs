using KubeSharp.Api.Fields;

namespace KubeSharp.Api.ApiExtensions.V1;

public sealed class CustomResourceDefinitionStatus : KubeModel
{
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("type")]
    public List<CustomResourceDefinitionCondition> Conditions { get; set; } = [];

    /// <summary>The names actually served, which may lag spec.names while they are checked for conflicts.</summary>
    public CustomResourceDefinitionNames AcceptedNames { get; set; } = new();

    /// <summary>Every version ever persisted; a version can leave spec.versions only after leaving this list.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string> StoredVersions { get; set; } = [];
}
