using System.Text.Json.Serialization;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Apps.V1;

public sealed class DaemonSetSpec : KubeModel
{
    /// <summary>Written even when null: upstream's pointer has no omitempty.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public LabelSelector? Selector { get; set; }

    public PodTemplateSpec Template { get; set; } = new();

    public DaemonSetUpdateStrategy UpdateStrategy { get; set; } = new();

    public int? MinReadySeconds { get; set; }

    public int? RevisionHistoryLimit { get; set; }
}
