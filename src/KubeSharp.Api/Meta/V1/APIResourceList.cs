using System.Text.Json.Serialization;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Meta.V1;

/// <summary>The resources of one group version, served at <c>/api/v1</c> and <c>/apis/GROUP/VERSION</c>.</summary>
[Kind("", "v1", "APIResourceList")]
public sealed class APIResourceList : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    public string GroupVersion { get; set; } = "";

    /// <summary>Upstream's Go field is APIResources; its wire name is <c>resources</c>.</summary>
    [JsonPropertyName("resources")]
    [ListType(ListTypeAttribute.Atomic)]
    public List<APIResource> APIResources { get; set; } = [];
}
