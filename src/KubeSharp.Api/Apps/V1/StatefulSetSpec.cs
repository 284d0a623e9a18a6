using System.Text.Json.Serialization;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.Apps.V1;

public sealed class StatefulSetSpec : KubeModel
{
    public int? Replicas { get; set; }

    /// <summary>Written even when null: upstream's pointer has no omitempty.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public LabelSelector? Selector { get; set; }

    public PodTemplateSpec Template { get; set; } = new();

    /// <summary>Claims created per pod (name-statefulset-ordinal); each must be mounted by a container.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<PersistentVolumeClaim>? VolumeClaimTemplates { get; set; }

    /// <summary>The headless service that gives pods their DNS names.</summary>
    public string ServiceName { get; set; } = "";

    /// <summary>See <see cref="PodManagementPolicyType"/>; OrderedReady when unset.</summary>
    public string? PodManagementPolicy { get; set; }

    public StatefulSetUpdateStrategy UpdateStrategy { get; set; } = new();

    public int? RevisionHistoryLimit { get; set; }

    public int? MinReadySeconds { get; set; }

    public StatefulSetPersistentVolumeClaimRetentionPolicy? PersistentVolumeClaimRetentionPolicy { get; set; }

    public StatefulSetOrdinals? Ordinals { get; set; }
}
