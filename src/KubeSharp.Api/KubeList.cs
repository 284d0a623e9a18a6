using System.Collections;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api;

/// <summary>A list kind (PodList, DeploymentList, …): TypeMeta, ListMeta and items, which upstream always emits.</summary>
public class KubeList<T> : KubeModel, IKubernetesList
    where T : KubeModel
{
    public string? ApiVersion { get; set; }

    public string? Kind { get; set; }

    public ListMeta Metadata { get; set; } = new();

    public List<T> Items { get; set; } = [];

    IList IKubernetesList.Items => Items;
}
