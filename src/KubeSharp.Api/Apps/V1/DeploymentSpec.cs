using System.Text.Json.Serialization;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Apps.V1;

public sealed class DeploymentSpec : KubeModel
{
    /// <summary>Desired pods; an explicit 0 is kept. Defaults to 1.</summary>
    public int? Replicas { get; set; }

    /// <summary>
    /// Required; must match the template's labels.
    /// Written even when null: upstream's pointer has no omitempty.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public LabelSelector? Selector { get; set; }

    public PodTemplateSpec Template { get; set; } = new();

    [PatchStrategy("retainKeys")]
    public DeploymentStrategy Strategy { get; set; } = new();

    public int? MinReadySeconds { get; set; }

    /// <summary>Old ReplicaSets kept for rollback; defaults to 10.</summary>
    public int? RevisionHistoryLimit { get; set; }

    public bool? Paused { get; set; }

    /// <summary>Defaults to 600.</summary>
    public int? ProgressDeadlineSeconds { get; set; }
}
