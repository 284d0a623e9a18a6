using System.Collections;
using System.Text.Json.Serialization;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api;

/// <summary>A list kind (PodList, DeploymentList, …): TypeMeta, ListMeta and items, which upstream always emits.</summary>
public class KubeList<T> : KubeModel, IKubernetesList
    where T : KubeModel
{
    [JsonPropertyOrder(-2)]
    public string? ApiVersion { get; set; }

    [JsonPropertyOrder(-3)]
    public string? Kind { get; set; }

    [JsonPropertyOrder(-1)]
    public ListMeta Metadata { get; set; } = new();

    public List<T> Items { get; set; } = [];

    IList IKubernetesList.Items => Items;
}
