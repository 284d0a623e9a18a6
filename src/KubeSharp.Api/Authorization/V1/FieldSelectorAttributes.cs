using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Authorization.V1;

/// <summary>A field selector that limits the access asked about; set RawSelector or Requirements, not both.</summary>
public sealed class FieldSelectorAttributes : KubeModel
{
    public string? RawSelector { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<FieldSelectorRequirement>? Requirements { get; set; }
}
