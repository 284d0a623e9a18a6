using System.Text.Json.Serialization;
using KubeSharp.Api.Fields;

namespace KubeSharp.Api.Batch.V1;

/// <summary>Matches terminated containers' exit codes (0 never matches).</summary>
public sealed class PodFailurePolicyOnExitCodesRequirement : KubeModel
{
    /// <summary>
    /// Null: every container and init container.
    /// Written even when null: upstream's pointer has no omitempty.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? ContainerName { get; set; }

    /// <summary>See <see cref="PodFailurePolicyOnExitCodesOperator"/>.</summary>
    public string Operator { get; set; } = "";

    /// <summary>Sorted, without duplicates.</summary>
    [ListType(ListTypeAttribute.Set)]
    public List<int> Values { get; set; } = [];
}
