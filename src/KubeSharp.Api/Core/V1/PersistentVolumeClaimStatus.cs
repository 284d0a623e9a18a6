using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Core.V1;

/// <summary>The observed state of a claim.</summary>
public sealed class PersistentVolumeClaimStatus : KubeModel
{
    /// <summary>One of <see cref="PersistentVolumeClaimPhase"/>.</summary>
    public string? Phase { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string>? AccessModes { get; set; }

    public Dictionary<string, Quantity>? Capacity { get; set; }

    [PatchMergeKey("type")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("type")]
    public List<PersistentVolumeClaimCondition>? Conditions { get; set; }

    public Dictionary<string, Quantity>? AllocatedResources { get; set; }

    /// <summary>Per resource name, one of <see cref="ClaimResourceStatus"/>.</summary>
    [MapType(MapTypeAttribute.Granular)]
    public Dictionary<string, string>? AllocatedResourceStatuses { get; set; }

    public string? CurrentVolumeAttributesClassName { get; set; }

    public ModifyVolumeStatus? ModifyVolumeStatus { get; set; }
}
