using System.Text.Json.Serialization;
using KubeSharp.Api.Fields;
using KubeSharp.Api.Meta.V1;

namespace KubeSharp.Api.AdmissionRegistration.V1;

public sealed class ValidatingWebhook : KubeModel
{
    /// <summary>Fully qualified, e.g. imagepolicy.kubernetes.io.</summary>
    public string Name { get; set; } = "";

    public WebhookClientConfig ClientConfig { get; set; } = new();

    [ListType(ListTypeAttribute.Atomic)]
    public List<RuleWithOperations>? Rules { get; set; }

    /// <summary>See <see cref="FailurePolicyType"/>; Fail when unset.</summary>
    public string? FailurePolicy { get; set; }

    /// <summary>See <see cref="MatchPolicyType"/>; Equivalent when unset.</summary>
    public string? MatchPolicy { get; set; }

    public LabelSelector? NamespaceSelector { get; set; }

    public LabelSelector? ObjectSelector { get; set; }

    /// <summary>
    /// Required in v1: None or NoneOnDryRun. See <see cref="SideEffectClass"/>.
    /// Written even when null: upstream's pointer has no omitempty.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? SideEffects { get; set; }

    public int? TimeoutSeconds { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<string> AdmissionReviewVersions { get; set; } = [];

    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<MatchCondition>? MatchConditions { get; set; }
}
