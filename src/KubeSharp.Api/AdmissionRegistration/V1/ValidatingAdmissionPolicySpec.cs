using KubeSharp.Api.Fields;

namespace KubeSharp.Api.AdmissionRegistration.V1;

public sealed class ValidatingAdmissionPolicySpec : KubeModel
{
    public ParamKind? ParamKind { get; set; }

    public MatchResources? MatchConstraints { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<Validation>? Validations { get; set; }

    public string? FailurePolicy { get; set; }

    [ListType(ListTypeAttribute.Atomic)]
    public List<AuditAnnotation>? AuditAnnotations { get; set; }

    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<MatchCondition>? MatchConditions { get; set; }

    [PatchMergeKey("name")]
    [PatchStrategy("merge")]
    [ListType(ListTypeAttribute.Map)]
    [ListMapKeys("name")]
    public List<Variable>? Variables { get; set; }
}
