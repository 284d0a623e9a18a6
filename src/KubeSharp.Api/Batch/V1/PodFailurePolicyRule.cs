using System.Text.Json.Serialization;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Batch.V1;

/// <summary>Exactly one of OnExitCodes and OnPodConditions is used.</summary>
public sealed class PodFailurePolicyRule : KubeModel
{
    /// <summary>See <see cref="PodFailurePolicyAction"/>; unknown actions are skipped.</summary>
    public string Action { get; set; } = "";

    /// <summary>Written even when null: upstream's pointer has no omitempty.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public PodFailurePolicyOnExitCodesRequirement? OnExitCodes { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<PodFailurePolicyOnPodConditionsPattern> OnPodConditions { get; set; } = [];
}
