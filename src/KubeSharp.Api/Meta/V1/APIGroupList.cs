using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Meta.V1;

/// <summary>The API groups, served at <c>/apis</c>.</summary>
[Kind("", "v1", "APIGroupList")]
public sealed class APIGroupList : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<APIGroup> Groups { get; set; } = [];
}
