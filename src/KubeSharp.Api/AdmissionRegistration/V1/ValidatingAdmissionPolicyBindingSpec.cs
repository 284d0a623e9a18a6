using KubeSharp.Api.Fields;

namespace KubeSharp.Api.AdmissionRegistration.V1;

public sealed class ValidatingAdmissionPolicyBindingSpec : KubeModel
{
    public string? PolicyName { get; set; }

    public ParamRef? ParamRef { get; set; }

    public MatchResources? MatchResources { get; set; }

    /// <summary>Deny, Warn and/or Audit; see <see cref="ValidationAction"/>.</summary>
    [ListType(ListTypeAttribute.Set)]
    public List<string>? ValidationActions { get; set; }
}
